exec > log.txt
echo into-log
exec >&2
node -e "process.stdout.write(require('fs').readFileSync('log.txt','utf8'))" >/dev/null
exec 1>/dev/null
echo hidden

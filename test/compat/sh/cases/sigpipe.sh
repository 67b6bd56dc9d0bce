sh -c 'i=0; while [ $i -lt 100000 ]; do echo line $i; i=$((i+1)); done' | node -e "process.stdin.once('data', d => { console.log(String(d).split('\n')[0]); process.exit(0) })"
echo "pipeline $?"
(trap '' PIPE 2>/dev/null; echo ok)

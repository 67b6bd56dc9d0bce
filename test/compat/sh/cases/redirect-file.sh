echo one > out.txt
echo two >> out.txt
while read l; do echo "got $l"; done < out.txt
echo three >out.txt
read first < out.txt; echo $first
node -e "console.log(require('fs').readFileSync('out.txt','utf8').trim())"

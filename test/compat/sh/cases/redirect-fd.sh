node -e "console.log('out'); console.error('err')" 2>&1 | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(s.split('\n').sort().join('|')))"
echo to-stderr >&2
node -e "console.error('e1')" 2>/dev/null; echo ok
node -e "console.error('ee')" 2>err.txt; read e < err.txt; echo "captured $e"
{ echo a; echo b >&2; } 2>both.txt >>both.txt
node -e "console.log(require('fs').readFileSync('both.txt','utf8').split('\n').sort().join(','))"
echo x 3>three.txt >&3; read t < three.txt; echo "fd3 $t"

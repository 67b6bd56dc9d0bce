readonly RO=fixed
echo $RO
readonly | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(s.includes('RO')))"
(RO=changed) 2>/dev/null; echo "sub status $?"
echo $RO

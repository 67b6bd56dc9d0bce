node -e "console.log('x\ny')" | while read l; do echo "got-$l"; done | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(s.trim().split('\n').length))"
{ echo a; echo b; } | { read one; read two; echo "$two$one"; }
echo hi | ( read v; echo "sub $v" )

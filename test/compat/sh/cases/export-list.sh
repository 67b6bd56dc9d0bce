export AAA_TEST=1 BBB_TEST="two words"
export -p | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(s.split('\n').filter(l=>/_TEST=/.test(l)).join('\n')))"

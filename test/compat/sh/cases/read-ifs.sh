printf 'a:b:c\n' > f
IFS=: read x y z < f; echo "$x $y $z"
IFS=: read x y < f; echo "$x|$y"
echo "IFS is default: [$IFS]" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.stringify(s)))"

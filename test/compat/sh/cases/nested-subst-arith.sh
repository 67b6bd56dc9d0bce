n=$(( $(echo 3) * $(node -e "console.log(4)") ))
echo $n
echo "$(( $(echo 2) + $(( 3 * 3 )) ))"
l=$(echo "a b c" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(s.trim().split(' ').length))")
echo "words: $l"

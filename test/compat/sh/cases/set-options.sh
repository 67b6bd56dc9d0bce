set -- x y
set -e
echo "$-" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(s.includes('e')))"
set +e
false
echo "still here $?"
set -o noglob; echo *; set +o noglob
echo "$1 $2"

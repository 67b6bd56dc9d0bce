set -- a b c
echo $# "$*" "$@"
echo "${1}${2}" "$3"
shift; echo $# $1
shift 2; echo $#
false; echo $?
true; echo $?
echo "$0" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(s.trim().endsWith('special-params.sh')))"
[ "$$" -gt 0 ] && echo pid-ok

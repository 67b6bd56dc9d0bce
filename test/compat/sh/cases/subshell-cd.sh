d=$(pwd)
(cd / && pwd)
[ "$(pwd)" = "$d" ] && echo "cwd kept"
x=1; (x=2); echo $x
( set -- a b; echo $# ); echo $#

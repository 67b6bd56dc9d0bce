# positional parameters: set --, shift n, shift errors, $# in loops, ${10}, set with options mixed
set -- a b c d e f g h i j k
echo "$# ${10} ${11} $10"
shift 3; echo "$# $1"
shift; echo "$*"
while [ $# -gt 2 ]; do shift; done; echo "left: $*"
set --; echo "cleared $#"
set -- "with space" '' last; echo "$#"; for a; do echo "[$a]"; done
set -- 1 2; (shift 5) 2>/dev/null; echo "shift-too-far status=$?"
(shift 3) 2>/dev/null; echo "sub=$?"
set -- x; set -u; echo "$1"; set +u
set -- -n; echo "$1"
set -- --; echo "$# [$1]"
set -- a b; IFS=-; echo "$*"; IFS=' '
f() { echo "$0" | sed 's#.*/##'; }; f

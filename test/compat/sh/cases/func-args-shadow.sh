set -- outer1 outer2
f() { echo "f: $# $1"; set -- changed; echo "f now: $1"; }
f inner
echo "after: $# $1"

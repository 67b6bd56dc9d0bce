true; echo $?
false; echo $?
: ; echo $?
[ 1 = 2 ]; echo $?
test; echo $?
shift 5 2>/dev/null; echo "shift $?"

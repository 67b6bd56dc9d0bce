set -e
echo start
false || echo "or is fine"
if false; then :; fi
! true
echo middle
false
echo notreached

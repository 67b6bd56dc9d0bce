# set -e inside functions, subshells and command substitution, and the exit status reported
set -e
trap 'echo "exit trap status $?"' EXIT
f() { echo f-start; false; echo f-not-here; }
out=$(echo inner; false; echo not-inner) || true
echo "out=[$out]"
v=$(exit 4) || echo "subst status $?"
f
echo unreachable

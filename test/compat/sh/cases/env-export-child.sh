# What a child process sees: exported vs not, VAR=x prefix scope, unset, export -n, readonly in children.
A=1; export B=2; C=3 sh -c 'echo "A=${A-unset} B=$B C=$C"'
echo "C after prefix: ${C-unset}"
export A; sh -c 'echo "A now $A"'
unset B; sh -c 'echo "B=${B-unset}"'
D=4 env | grep '^D='
f() { echo "f sees E=$E"; sh -c 'echo "child sees E=${E-unset}"'; }; E=5 f
echo "E after: ${E-unset}"
export F=six; sh -c 'F=seven; echo "$F"'; echo "$F"
readonly G=8; export G; sh -c 'G=9; echo "child G=$G"'
export H; sh -c 'echo "H=${H-unset}"'

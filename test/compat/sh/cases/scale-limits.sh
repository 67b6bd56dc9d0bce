# Larger data in the shell itself: many positional parameters, big substitutions, deep recursion.
set -- $(seq 1 5000); echo "$#"; shift 4990; echo "$*"
x=$(seq 1 20000); echo "${#x}"
y=$(printf '%0500d' 0); echo "${#y}"
depth() { if [ "$1" -gt 0 ]; then depth $(( $1 - 1 )); else echo bottom; fi; }
depth 150
s=; i=0; while [ $i -lt 500 ]; do s="$s."; i=$((i+1)); done; echo "${#s}"
eval "$(i=0; while [ $i -lt 50 ]; do echo "v$i=$i"; i=$((i+1)); done)"; echo "$v49"
seq 1 3000 | while read -r n; do :; done; echo "read loop done"

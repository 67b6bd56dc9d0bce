# Output of children that write a lot, or that exit before their reader starts, is never lost:
# command substitution of more than a pipe holds, pipelines inside a substitution, and a pipeline
# whose next stage is spawned only after a command substitution in its own words has run.
x=$(seq 250000); echo "${#x}"
y=$(seq 250000 | tail -n 2); echo "$y"
z=$(seq 3000 | sort -rn | head -n 1); echo "$z"
echo "$(seq 120000 | wc -c)"
seq 5 | head -n $(echo 2)
seq 4 | { read a; echo "first $a"; cat; }
seq 5 | { head -n 1; cat; }
seq 3 | while read l; do echo "line $l"; done
seq 2 | cat | cat | cat
n=$(seq 20000 | cat | wc -l); echo "$n"
seq 3 | true; echo "status $?"
seq 3 | { head -n 1 >/dev/null; read x; echo "x=${x:-none}"; }
seq 3 | { cat >/dev/null; read y; echo "y=${y:-none}"; }

# Numeric loops the way scripts write them: seq in for, printf padding, arithmetic counters, expr.
for i in $(seq 3); do printf 'item %02d\n' "$i"; done
for i in $(seq 10 -3 1); do printf '%s ' "$i"; done; echo
i=1; while [ "$i" -le 3 ]; do echo "n=$i"; i=$(expr "$i" + 1); done
total=0; for n in $(seq 1 100); do total=$((total + n)); done; echo "$total"
seq -s' ' 1 3 | tr ' ' '\n' | while read -r n; do echo "$((n * n))"; done
seq 1 3 | xargs -n1 expr 2 \*
printf '%d\n' $(seq 5) | tail -1
seq 0.1 0.1 0.3
seq -f '%.2f' 0 0.25 0.5
seq 1000000 1000002

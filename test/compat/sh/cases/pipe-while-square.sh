# seq into a while loop, arithmetic, tail, and a loop whose variables stay in the subshell.
seq 5 | while read -r n; do echo $((n * n)); done | tail -2
count=0
seq 3 | while read -r n; do count=$((count + n)); done
echo "count=$count"
seq 10 | { s=0; while read -r n; do s=$((s + n)); done; echo "sum=$s"; }

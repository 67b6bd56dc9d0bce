# background jobs: $!, wait for a pid, wait status, wait with several jobs, output ordering
(sleep 0.2; exit 3) &
p1=$!
(exit 5) &
p2=$!
wait $p2; echo "p2=$?"
wait $p1; echo "p1=$?"
for i in 1 2 3; do (echo "job $i" > out$i) & done
wait
cat out1 out2 out3
sh -c 'exit 7' &
wait $!; echo "sh=$?"
false & wait; echo "plain wait=$?"
wait 99999 2>/dev/null; echo "unknown=$?"

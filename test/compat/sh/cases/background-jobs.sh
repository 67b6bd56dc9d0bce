# background work: several jobs writing files, wait for all, $! bookkeeping, status of each
pids=
for n in 3 1 2; do ( sleep "0.$n"; echo "job $n" > "out.$n"; exit "$n" ) & pids="$pids $!"; done
codes=; for p in $pids; do wait "$p"; codes="$codes $?"; done
echo "codes:$codes"
cat out.1 out.2 out.3
{ echo grouped; exit 4; } & wait $!; echo "group=$?"
(exit 0) & p=$!; wait $p; echo "zero=$?"
echo "bg-output-order" &
wait

# signals and statuses: a child killed by each signal, kill -l numbers, traps in subshells, wait $!
for s in HUP INT QUIT KILL USR1 USR2 TERM; do sh -c "kill -$s \$\$"; echo "$s -> $?"; done
kill -l 15; kill -l 9; kill -l 143 2>/dev/null || true
sh -c 'trap "echo trapped; exit 7" USR1; kill -USR1 $$; echo no'; echo "trap exit=$?"
sh -c 'trap "" INT; kill -INT $$; echo ignored-int'; echo "st=$?"
sleep 5 & pid=$!; kill $pid; wait $pid; echo "killed bg=$?"
sh -c 'sleep 5' & pid=$!; kill -9 $pid; wait $pid; echo "kill9 bg=$?"

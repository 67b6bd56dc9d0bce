# traps: EXIT in subshells and functions, reset with -, ignore with '', INT by kill, trap output
trap 'echo main-exit' EXIT
( trap 'echo sub-exit' EXIT; echo in-sub )
( echo no-trap-inherited )
f() { trap 'echo trap-from-func' USR1; }
f
kill -USR1 $$
trap - USR1
trap '' TERM
kill -TERM $$
echo survived-term
trap 'echo got-int; ' INT
kill -INT $$
echo after-int
trap 'echo hup $?' HUP; (exit 3); kill -HUP $$
trap
trap - INT TERM HUP
sh -c 'kill -TERM $$; echo notreached'; echo "status $?"

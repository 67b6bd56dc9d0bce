# Loops: break/continue N, loops over command output and globs with no match, until, nested case.
for i in 1 2 3; do
  for j in a b c; do
    [ "$j" = b ] && continue 2
    [ "$i" = 3 ] && break 2
    echo "$i$j"
  done
done
n=0; until [ $n -ge 3 ]; do n=$((n+1)); done; echo "n=$n"
for f in *.nomatch; do echo "glob: $f"; done
for w in $(echo one two); do echo "w=$w"; done
i=0; while :; do i=$((i+1)); case $i in 2) continue ;; 4) break ;; esac; echo "i=$i"; done
for x in a b; do echo "$x"; done > loop.out; cat loop.out
while read -r a; do echo "r:$a"; done < loop.out
for i in 1 2; do (exit $i); done; echo "after loop: $?"
set -- p q r; for arg; do printf '%s ' "$arg"; done; echo

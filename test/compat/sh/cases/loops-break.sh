# loops: break/continue with levels, until, loop status, while with complex conditions, nested
for i in 1 2 3; do for j in a b c; do [ $j = b ] && continue 2; echo "$i$j"; done; done
for i in 1 2 3; do for j in a b c; do [ $i = 2 ] && break 2; echo "$i$j"; done; done; echo "after"
n=0; until [ $n -ge 3 ]; do n=$((n+1)); done; echo "until n=$n"
i=0; while i=$((i+1)); [ $i -le 3 ]; do printf '%s ' $i; done; echo
for x in; do echo never; done; echo "empty for status=$?"
while false; do :; done; echo "while status=$?"
for i in 1 2; do false; done; echo "for status=$?"
i=0; while :; do i=$((i+1)); [ $i -eq 4 ] && break; done; echo "i=$i"
for w in "a b" c; do echo "<$w>"; done
set -- p q; for a in "$@" extra; do printf '%s,' "$a"; done; echo
k=0; while [ $k -lt 10 ]; do k=$((k+1)); [ $((k % 3)) -ne 0 ] && continue; printf '%d ' $k; done; echo
for i in 1 2 3; do echo $i; done | while read -r v; do echo "piped $v"; done
break 2>/dev/null; echo "break outside=$?"
f() { for i in 1 2 3; do [ $i = 2 ] && return 7; done; }; f; echo "return in loop=$?"

# redirections on compound commands and functions: loops, if, case, groups, subshells
for i in 1 2 3; do echo "n$i"; done > loop.out
cat loop.out
if true; then echo in-if; fi >> loop.out
case x in x) echo in-case ;; esac >> loop.out
wc -l < loop.out
{ echo g1; echo g2 >&2; } 2>err.out >out.out
cat out.out err.out
( echo sub-out; echo sub-err >&2 ) 2>&1 | sort
logit() { echo "log: $*"; } 
logit one > f.log
logit two >> f.log
cat f.log
quiet() { echo visible; echo hidden >&2; } 2>/dev/null
quiet
i=0; while [ $i -lt 3 ]; do read -r l; echo "got:$l"; i=$((i+1)); done < loop.out
{ read -r a; read -r b; } < loop.out; echo "$a,$b"
while read -r l; do echo "$l"; done < /nonexistent 2>/dev/null; echo "status $?"

# pipelines mixing builtins, functions and programs: subshell state, exit statuses, long chains
x=outer; echo set | read x; echo "x=$x"
f() { while read -r l; do echo "f:$l"; done; }
printf 'a\nb\n' | f | tr a-z A-Z
echo data | { read -r v; echo "in group: $v"; }
printf '3\n1\n2\n' | sort | head -n 2 | tail -n 1
seq 1 100 | grep 7 | wc -l
yes abc | head -n 3 | uniq -c
echo hi | cat | cat | cat | cat | cat
true | false | true; echo "last=$?"
printf 'x y z\n' | for w in 1 2; do read -r a b; echo "[$a][$b]"; done
cnt=0; printf '1\n2\n' | while read -r n; do cnt=$((cnt+n)); done; echo "cnt stays $cnt"
echo "$(printf 'p\nq\n' | sed 's/^/-/' | tr -d '\n')"
printf 'b\na\n' | (sort; echo end)

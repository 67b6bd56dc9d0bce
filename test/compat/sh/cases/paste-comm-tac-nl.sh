# paste, comm, tac and nl: joining columns, comparing sorted lists, reversing, numbering
printf '1\n2\n3\n' > a; printf 'x\ny\n' > b; printf 'p\nq\nr\ns\n' > c
paste a b; paste -d, a b c; paste -d':;' a b c; paste -s a; paste -s -d+ a | tr -d '\n'; echo
paste -s -d'\n' b; paste a - < b; seq 1 7 | paste - - -
seq 1 5 | paste -sd'*' - 
: > empty; paste -d '\t' a empty
printf 'apple\nbanana\ncherry\nfig\n' > l1; printf 'banana\ncherry\ndate\n' > l2
comm l1 l2; comm -12 l1 l2; comm -23 l1 l2; comm -13 l1 l2; comm -3 l1 l2
comm --output-delimiter='|' l1 l2
printf 'b\na\n' > u1; comm u1 l2 2>/dev/null; echo "st=$?"
comm --nocheck-order u1 l2; echo "st=$?"
tac a; printf 'x\ny' | tac; echo; seq 1 3 | tac | paste -sd' '
printf 'a,b,c,' | tac -s,; echo
printf 'one\n\nthree\n\n' | nl; printf 'one\n\nthree\n' | nl -ba; printf 'a\nb\n' | nl -s': ' -w3
printf 'a\nb\nc\n' | nl -v 10 -i 5 -n rz; printf 'a\nb\n' | nl -n ln | cat -A
printf 'x1\ny\nx2\n' | nl -bp'^x'
nl a b

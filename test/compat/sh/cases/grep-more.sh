# grep: -e multiple, -f file, -h/-H, -m, -b, -w, -x, -c, --color=never, -z, BRE \{n,m\} and \|.
printf 'apple\nbanana\ncherry\napple pie\n' > a
printf 'date\napple\n' > b
grep -e apple -e date a b
grep -h apple a b
grep -H cherry a
printf 'ban\nche\n' > pats; grep -f pats a
grep -m 1 apple a
grep -b an a
grep -w apple a
grep -x apple a b
grep -c apple a b
grep --color=never apple b
grep 'ap\{2\}' a
grep 'ban\|che' a
grep -E 'p{2}l' a
grep -o 'an' a
grep -n -v apple a
printf 'one\0two\0' | grep -z tw | tr '\0' '\n'
grep -i APPLE b
grep -l apple a b nosuch 2>/dev/null; echo "status $?"
grep -L date a b
grep -q nomatch a; echo "nomatch $?"
grep -s x nosuch; echo "silent $?"
grep -e 'a[' a 2>/dev/null; echo "bad re $?"
grep -F 'a[' a; echo "fixed $?"
grep -A1 banana a
grep -B1 cherry a
grep -C1 cherry a b
grep -ob an a
grep -lZ apple a b | tr '\0' '|'; echo
printf 'caf\303\251\nx\377y\n' > u; grep -c . u; grep 'x.y' u | od -An -tx1
echo 'stdin line' | grep -H --label=input line

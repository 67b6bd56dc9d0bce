# wc: -L, -m, -c, -l, -w on several files, stdin, and UTF-8 in the C locale.
printf 'short\na much longer line\n\n' > a
printf 'x y z\n' > b
wc -L a
wc -L a b
wc -m a
wc -c < a
wc -l a b
wc -w < b
printf 'no newline' | wc -l
printf 'caf\303\251\n' | wc -c
printf 'caf\303\251\n' | wc -m
printf 'tab\there\n' | wc -L
wc a nosuch 2>/dev/null; echo "status $?"
wc -lwc a

# head/tail with -n, -c, +N, negatives; wc counts and formats
seq 1 20 > n; printf 'abcdefghij' > c
head -n 3 n | tr '\n' ' '; echo
head -3 n | tr '\n' ' '; echo
head -n -17 n | tr '\n' ' '; echo
tail -n 3 n | tr '\n' ' '; echo
tail -3 n | tr '\n' ' '; echo
tail -n +18 n | tr '\n' ' '; echo
tail -n +1 n | wc -l
head -c 4 c; echo; tail -c 4 c; echo; tail -c +8 c; echo; head -c -7 c; echo
printf 'a\nb\nc' | tail -n 1; echo
printf 'a\nb\nc' | head -n 2
printf '' | head -n 1; echo "empty=$?"
head -n 2 n n
tail -n 1 n c; echo
wc -l n; wc -c c; wc -w n; wc n; wc -l < n; wc -c < c
printf 'one two\nthree\n' | wc
printf 'no newline' | wc -l
printf 'x\n' > a; printf 'y z\n' > b; wc a b; wc -l a b
wc -L n 2>/dev/null || true
cat n | head -n 1

# head/tail: -n N, -N, -c, +N, -n -N, -q/-v with several files, missing files.
seq 1 20 > a; seq 101 105 > b
head -n 3 a
head -3 b
head -c 5 a | od -An -c
head -n -17 a
tail -n 2 a
tail -3 b
tail -n +18 a
tail -c 4 a
tail -c +48 a
head -n 2 a b
tail -n 1 a b
head -q -n 1 a b
tail -v -n 1 b
head -n 1 a nosuch b 2>/dev/null; echo "status $?"
tail -n 1 nosuch 2>/dev/null; echo "status $?"
printf 'x\ny' | tail -n 1; echo
head -n 0 a; echo "zero $?"
seq 5 | head -n -2
seq 5 | tail -n +4

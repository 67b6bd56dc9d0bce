# diff: normal and -u output shapes, -q, -r between trees, -B, exit statuses 0, 1, 2.
printf 'a\nb\nc\nd\n' > old; printf 'a\nB\nc\nd\ne\n' > new
diff old new; echo "status $?"
diff -u old new | tail -n +3
diff -q old new; echo "q: $?"
diff old old; echo "same: $?"
diff old nosuch 2>/dev/null; echo "missing: $?"
mkdir -p t1/s t2/s; echo 1 > t1/s/f; echo 2 > t2/s/f; echo only > t1/g
diff -r t1 t2; echo "r: $?"
diff -rq t1 t2; echo "rq: $?"
printf 'x\n\ny\n' > b1; printf 'x\ny\n' > b2; diff -B b1 b2; echo "B: $?"
printf 'x  y\n' > w1; printf 'x y\n' > w2; diff -b w1 w2; echo "b: $?"; diff -w w1 w2; echo "w: $?"
printf 'X\n' > c1; printf 'x\n' > c2; diff -i c1 c2; echo "i: $?"
mkdir -p n1 n2; echo a > n1/x; echo b > n2/y; diff -rN n1 n2 | grep -c '^diff'; echo "N: $?"
mkdir -p cc1/sub cc2/sub; diff cc1 cc2; echo "common: $?"
mkdir -p k1 k2/f; echo > k1/f; diff k1 k2; echo "kind: $?"
diff -ru t1 t2 | grep -v '^[-+][-+][-+] '

# mv: rename, into a directory, -n, -f, -v, -T, and errors.
echo a > a; echo b > b; mkdir d
mv a a2 && ls
mv -v a2 d/ 
mv -n b d/a2; cat d/a2
echo c > c
mv -f c d/a2; cat d/a2
mv nosuch x 2>/dev/null; echo "missing: $?"
mkdir e; mv d e; find e | sort
mv b e/d/ && ls e/d
mv -T e f && ls f

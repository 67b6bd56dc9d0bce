# cp: -r, -p, -n, -f, -v, -T, into a directory, and the errors scripts check.
mkdir -p src/a/b
echo one > src/f1
echo two > src/a/b/f2
cp -r src dst
find dst | sort
cp -v src/f1 copy1
echo new > copy1b; cp -n src/f1 copy1b; cat copy1b
chmod 600 src/f1
touch -d '2001-02-03 04:05:06' src/f1
cp -p src/f1 kept
ls -l kept | cut -c1-10
[ kept -nt src/f1 ] || [ src/f1 -nt kept ] || echo same-mtime
mkdir into
cp src/f1 src/a/b/f2 into/
ls into
cp src/a nodir 2>/dev/null; echo "dir without -r: $?"
cp nosuch x 2>/dev/null; echo "missing: $?"
cp src/f1 2>/dev/null; echo "one operand: $?"
cp src/f1 src/a/b/f2 notadir 2>/dev/null; echo "many to file: $?"
cp -rv src/a vdst | sort

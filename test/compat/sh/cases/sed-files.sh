# sed: w file, r file, -i with suffix, -z, -n with p flag, s///w, and errors.
printf 'alpha\nbeta\ngamma\n' > f
sed -n '/a$/w out' f; cat out
printf 'INS\n' > ins
sed '2r ins' f
sed 's/beta/BETA/w changed' f >/dev/null; cat changed
cp f g; sed -i.bak 's/gamma/GAMMA/' g; cat g; cat g.bak | tail -1
cp f h; sed -i -e '1d' -e 's/a/A/g' h; cat h
printf 'a\0b\0' | sed -z 's/^/x/' | tr '\0' '\n'
sed -n 's/e/E/p' f
sed 's/x/' f 2>/dev/null; echo "syntax: $?"
sed p nosuch 2>/dev/null; echo "missing: $?"
sed -n '1p' nosuch f 2>/dev/null; echo "one missing: $?"

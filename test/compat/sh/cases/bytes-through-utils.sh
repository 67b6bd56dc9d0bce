# Bytes that are not UTF-8 through the text utilities: sed, tr, grep, sort, cut, wc, head, tail, rev.
printf 'a\377b\n\200x\n' > f
sed 's/b/B/' f | od -An -tx1
tr '\377' 'Y' < f | od -An -tx1
tr -d '\200' < f | od -An -tx1
grep -c . f
grep 'a.b' f | od -An -tx1
sort f | od -An -tx1
cut -c2 f | od -An -tx1
wc -c < f
head -c 2 f | od -An -tx1
tail -c 3 f | od -An -tx1
sed -n l f
printf 'caf\303\251\n' | sed 's/./X/g'
printf 'caf\303\251\n' | tr 'a-z' 'A-Z' | od -An -tx1

# grep: BRE vs ERE, -w -x -F -i -v -c -n -o, context -A -B -C, multiple -e, statuses
cat > t <<'EOF2'
alpha one
beta two
gamma three
delta four
alphabet
one-two
a+b
EOF2
grep 'a\+b' t; grep -E 'a\+b' t; grep 'a+b' t
grep -E 'al(pha)?' t | wc -l
grep -w one t; grep -x alphabet t; grep -x alpha t; echo "x=$?"
grep -F 'a+b' t; grep -i ALPHA t; grep -v a t
grep -c a t; grep -n two t; grep -o 'a[a-z]*' t | head -4
grep -e one -e four t
grep -A1 gamma t; echo --; grep -B1 gamma t; echo --; grep -C1 delta t
grep -A1 -e alpha -e delta t
grep '^[ab]' t; grep 't.o$' t; grep 'e\{2\}' t || echo none; grep -E 'm{2}' t
grep -E '^(beta|delta)' t
grep '\(ph\).*\1' t || echo no-backref
grep -q gamma t && echo quiet-found
grep nope t; echo "status=$?"
grep x /nonexistent 2>/dev/null; echo "status=$?"
grep -l alpha t; grep -L zzz t
grep -h one t t | wc -l
grep one t t
grep -m1 a t
grep -E 'a|' t | wc -l
printf 'foo\nbar\n' | grep -n ''
grep -ow 'one' t
grep -e '-two' t

# grep across files: -c, -l, -n, -r, -v, -i, -o, -E and statuses.
mkdir d
printf 'foo\nbar\nFoo bar\n' > d/a.txt
printf 'nothing\n' > d/b.txt
printf 'foofoo\n' > d/c.txt
grep -c foo d/a.txt d/b.txt d/c.txt
grep -l foo d/*.txt
grep -in foo d/a.txt
grep -r bar d | sort
grep -o foo d/c.txt | wc -l
grep -E 'fo+|^no' d/*.txt | sort
grep -v o d/a.txt
grep -q zzz d/*.txt; echo "status=$?"
grep foo d/missing 2>/dev/null; echo "status=$?"

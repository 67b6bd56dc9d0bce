# grep corner cases: empty pattern, ^$, -c '', -v with -c, -E anchors and classes, -F with newlines.
printf 'a\n\nb\n' > f
grep -c '' f
grep -n '^$' f
grep -vc '^$' f
grep -e '' f | wc -l
grep -E '^(a|b)$' f
grep -F "$(printf 'a\nb')" f
grep '[[:alpha:]]' f | wc -l
grep -E 'x?' f | wc -l
grep '\(a\)\1' /dev/null; echo "backref none: $?"
printf 'aa\nab\n' | grep '\(a\)\1'
printf 'foo.bar\nfooxbar\n' | grep -F 'foo.bar'
printf 'foo.bar\nfooxbar\n' | grep 'foo\.bar'
printf 'Word word WORD\n' | grep -o -i word
printf 'tab\there\n' | grep -P 'tab\there' 2>/dev/null; echo "P: $?"
printf 'x\n' | grep -E 'a{1,2' 2>/dev/null; echo "brace: $?"
printf 'a+b\n' | grep 'a+b'
printf 'aab\n' | grep -E 'a+b'
printf 'a|b\n' | grep 'a|b'
printf 'line\n' | grep -n -H line
printf 'x\ny\n' | grep -m1 -c .

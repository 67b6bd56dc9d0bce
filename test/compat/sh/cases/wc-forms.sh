# wc on pipes and files, with one and several counts.
printf 'a b\nc\n' | wc -l
printf 'a b\nc\n' | wc -w
printf 'a b\nc\n' | wc -c
printf 'one two\nthree\n' > f1
printf 'x\n' > f2
wc -l f1 f2
wc f1
wc -lw < f1

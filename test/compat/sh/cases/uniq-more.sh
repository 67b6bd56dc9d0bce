# uniq: -c, -d, -u, -D, -i, -f, -s, -w and their combinations.
printf 'a\nA\nb\nb\nc\n' > f
uniq -c f
uniq -i f
uniq -ic f
uniq -d f
uniq -u f
uniq -D f
printf 'x 1 a\ny 1 a\nz 2 a\n' | uniq -f 1
printf 'aa1\nbb1\ncc2\n' | uniq -s 2
printf 'abX\nabY\nacZ\n' | uniq -w 2
printf 'abX\nabY\nacZ\n' | uniq -w 2 -c
printf 'one\none\n' | uniq - out; cat out

# sed: addresses, ranges, regex ranges, hold space, y, a/i/c, -E groups, & and \1, n/N/D/P, q
seq 1 10 > n
sed -n '3,5p' n | tr '\n' ' '; echo
sed -n '/4/,/6/p' n | tr '\n' ' '; echo
sed '2,8d' n | tr '\n' ' '; echo
sed -n '$p' n; sed -n '1~3p' n | tr '\n' ' '; echo
sed '5q' n | tr '\n' ' '; echo
sed -n '2{p;p}' n
sed '/^[2-9]$/!d' n | tr '\n' ' '; echo
printf 'hello world\nfoo bar\n' | sed 's/\(o\+\)/[\1]/g'
printf 'hello world\nfoo bar\n' | sed -E 's/(\w+) (\w+)/\2 \1/'
printf 'hello world\n' | sed 's/o/0/2'
printf 'hello world\n' | sed 's/l/L/2g'
printf 'a.b.c\n' | sed 's/\./-/g;s/^/<&>/'
printf 'path/to/file\n' | sed 's|/|::|g'
printf 'abc\n' | sed 'y/abc/xyz/'
printf 'one\ntwo\nthree\n' | sed '2i\
inserted'
printf 'one\ntwo\nthree\n' | sed '2a appended'
printf 'one\ntwo\nthree\n' | sed '/two/c\
changed'
printf 'one\ntwo\nthree\n' | sed -n 'h;n;G;p'
printf 'a\nb\nc\n' | sed -n '1!G;h;$p'
printf 'a\nb\nc\nd\n' | sed 'N;s/\n/+/'
printf 'a\nb\nc\n' | sed '$!N;P;D'
printf 'x=1\ny=2\n' | sed -n 's/^\([a-z]*\)=\(.*\)$/\2 is \1/p'
printf 'Hello\n' | sed 's/hello/bye/I'
printf 'aaa\n' | sed 's/a*/X/g'
printf 'abc\n' | sed 's/b*/X/g'
printf 'tab\there\n' | sed 's/\t/<T>/'
printf 'line\n' | sed -e 's/l/L/' -e 's/e$/E/'
printf '1\n2\n3\n' > in.txt; sed -i 's/2/two/' in.txt; cat in.txt
printf 'a b\n' | sed 's/\(a\) \(b\)/\2\n\1/'
printf 'keep\ndrop\nkeep\n' | sed '/drop/{
s/drop/dropped/
}'
printf 'x\n' | sed = 

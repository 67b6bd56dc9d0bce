# sed: multiple -e, ; separated commands, {} blocks, n N D P, =, l, -s, y, ranges, I flag.
printf 'one\ntwo\nthree\nfour\nfive\n' > f
sed -e 's/o/0/' -e 's/e/E/g' f
sed 's/o/O/2' f
sed -n '2,4p' f
sed -n '/two/,/four/{s/^/> /;p}' f
sed '1d;$d' f
sed -n '$=' f
sed = f | head -4
sed -n 'n;p' f
sed 'N;s/\n/+/' f
sed '$!N;P;D' f
printf 'a\tb\n' | sed -n l
sed 'y/abc/xyz/' <<X
aabbcc
X
sed -n '/TWO/Ip' f
sed 's/T/t/Ig' <<X
Tee TIME
X
sed '2q' f
sed -n '2{p;q}' f
sed '/three/a\
after' f | head -5
sed '/two/i before' f | head -3
sed '/two/c changed' f | head -3
sed -s -n '$p' f f
sed 's/\(o\)\(n\)/\2\1/' f | head -1
sed -E 's/(t)(w|h)/\2\1/' f
sed 's/.*/[&]/' f | tail -1
sed '0~2d' f
sed '2~2s/^/even /' f
sed -n '/^t/!p' f

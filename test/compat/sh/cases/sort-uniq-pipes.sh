# frequency counting pipelines and sort corner cases: ties, blanks, -b, -k with char offsets, -h
printf 'the cat\nthe dog\na cat\nthe end\n' | tr ' ' '\n' | sort | uniq -c | sort -k1,1nr -k2,2 | head -3
printf 'b 2\na 2\nc 1\n' | sort -k2,2n -k1,1
printf '  x\ny\n z\n' | sort; printf '  x\ny\n z\n' | sort -b
printf 'ab3\nac1\naa2\n' | sort -k1.3
printf 'ab3\nac1\naa2\n' | sort -k1.2,1.2
printf '2K\n1M\n3\n512K\n' | sort -h
printf '10\n2\n-1\n0\n-10\n' | sort -n
printf 'x\nX\ny\nY\n' | sort; printf 'x\nX\ny\nY\n' | sort -f
printf 'a:1\nb:1\na:2\n' | sort -t: -k2,2 -s
printf '3 c\n1 a\n2 b\n' | sort | cut -d' ' -f2 | tr -d '\n'; echo
printf 'dup\ndup\nuniq\n' | sort | uniq -d; printf 'dup\ndup\nuniq\n' | uniq -u
printf 'a b\na c\nb d\n' | uniq -w1 2>/dev/null || true
printf 'x 1\ny 1\nz 2\n' | uniq -f1 -c
printf 'aXb\naYb\n' | uniq -s2 -c
printf 'Apple\napple\n' | uniq -i

# sort and uniq over several files, merge -m, -k with start/end characters, -t tab, -n with signs.
printf 'b 2\na 1\n' > f1; printf 'c 3\na 0\n' > f2
sort f1 f2
sort -k2n f1 f2
sort -k1.1,1.1 -k2,2nr f1 f2
printf 'x\t10\ny\t9\n' | sort -t "$(printf '\t')" -k2n
printf -- '-5\n3\n-10\n+2\n0\n' | sort -n
printf 'a\nb\na\n' | sort | uniq -c | sort -k2
sort -u f1 f1 | wc -l
printf '1.10\n1.9\n1.2\n' | sort -t. -k2n

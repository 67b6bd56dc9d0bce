# sort: keys with -t and ranges, numeric and reverse per key, -u on keys, -s stability, -c check
cat > data <<'EOF2'
b 2 x
a 10 y
c 2 a
a 2 z
B 1 w
b 10 a
EOF2
sort data
sort -k2n data
sort -k2,2n -k1,1r data
sort -k2,2nr -s data
sort -k1,1 -u data
sort -f data
sort -k3 data
sort -k2n -k3 data | head -3
sort -rn -k2 data | cut -d' ' -f2 | uniq
printf '3\n1\n2\n' | sort -c 2>/dev/null; echo "check=$?"
printf '1\n2\n3\n' | sort -c; echo "check=$?"
printf 'x,3\ny,-1\nz,2.5\nw,1e1\n' | sort -t, -k2 -n
printf 'a\n\nb\n\n' | sort | od -c | head -2
printf '10\n9\n100\n' | sort
printf '10\n9\n100\n' | sort -n -r
printf 'k:1\nk:2\nj:3\n' | sort -t: -k1,1 -s
printf 'a b\na  b\n' | sort -k2 | cat -A
printf 'c\nb\na\n' | sort -o sorted; cat sorted
printf '2\n1\n' > f1; printf '4\n3\n' > f2; sort f1 f2; sort -m f1 f2

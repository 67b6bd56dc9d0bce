# sort: -V, -h, -M, -c, -C, -o, -z, -u, -t/-k, -s, -f, -b.
printf 'file10\nfile2\nfile1\nv1.10\nv1.9\n' | sort -V
printf '1K\n3M\n2G\n512\n10K\n' | sort -h
printf 'Mar\nJan\nDec\nfeb\n' | sort -M
printf 'a\nb\nc\n' | sort -c; echo "sorted: $?"
printf 'b\na\n' | sort -c 2>/dev/null; echo "unsorted: $?"
printf 'b\na\n' | sort -C; echo "quiet: $?"
printf 'z\ny\n' > in; sort -o in in; cat in
printf 'b\0a\0c\0' | sort -z | tr '\0' ,; echo
printf 'b\nA\na\nB\n' | sort -f
printf 'b\nA\na\nB\n' | sort -fu
printf 'x:3\ny:1\nz:2\n' | sort -t: -k2n
printf '2 b\n1 b\n2 a\n' | sort -s -k2,2
printf '  b\n a\nc\n' | sort -b
printf '10\n9\n-1\n1e2\n' | sort -g
printf '3\n1\n2\n' | sort -rn
sort nosuch 2>/dev/null; echo "missing: $?"

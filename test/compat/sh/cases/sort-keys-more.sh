# sort -k with multiple keys and per-key flags, -t with fields, -r per key, -u with keys, -n with blanks.
printf 'b,2,x\na,10,y\nb,1,z\na,2,w\n' > f
sort -t, -k1,1 -k2,2n f
sort -t, -k1,1r -k2,2nr f
sort -t, -k2n f
sort -t, -u -k1,1 f
sort -t, -k3 f
printf ' 3\n  10\n2\n' | sort -n
printf 'a 3\nb 1\n' | sort -k2 -n
printf 'x 1.5\ny 1.25\nz -0.5\n' | sort -k2,2g
printf 'v2.10\nv2.9\nv10.0\n' | sort -t. -k1,1V -k2,2n 2>/dev/null
printf 'b\na\n' | sort -r -o out; cat out
printf '3\n1\n2\n' | sort -n | head -1
printf 'a1\na10\na2\n' | sort -k1.2n

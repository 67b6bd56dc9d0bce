# seq -w -s -f and printf corner formats.
seq -w 8 11
seq -s, 1 5
seq -s ' + ' 3
seq -f '%03g' 3
seq -f 'item%.1f' 1 0.5 2
seq 5 -2 0
seq 1.5 3
seq -w -1 1
seq 0
seq 3 1; echo "empty: $?"
seq x 2>/dev/null; echo "bad: $?"
printf '%5s|%-5s|%.2s\n' ab cd efgh
printf '%05d|%+d|% d|%x|%X|%o|%#x|%#o\n' 42 42 42 255 255 8 255 8
printf '%e|%.3e|%g|%G\n' 1234.5 0.000123 0.0001 1e20
printf '%c%c\n' hello world
printf '%b\n' 'a\tb\\c' 'x\0101y'
printf '%s\n' 'no newline arg' | od -c | head -1
printf '%d\n' "'A" '"B'
printf '%i %u\n' -5 7
printf '%.3d|%8.3f|%-8.2f|\n' 5 3.14159 2.5
printf '%*d|%-*d|\n' 4 7 3 8
printf '%s %s\n' a b c
printf 'x\n' extra; echo "extra: $?"
printf '%d\n' abc 2>/dev/null; echo "nonnum: $?"
printf '%d\n' 12abc 2>/dev/null; echo "partial: $?"
printf '\x41\101\u00e9\n' | od -An -tx1

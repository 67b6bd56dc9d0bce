# printf: widths, precision, flags, %b escapes, %c, numbers in other bases, format reuse, errors
printf '[%5s][%-5s][%.2s][%5.1s]\n' ab ab abcdef xyz
printf '[%d][%5d][%-5d][%05d][%+d][% d]\n' 42 42 42 42 42 42
printf '[%x][%X][%o][%#x][%#o]\n' 255 255 8 255 8
printf '[%u][%i]\n' 7 -3
printf '[%f][%.3f][%10.2f][%-10.2f][%e]\n' 3.14159 2.5 1.005 7 12345.678
printf '[%g][%g][%g]\n' 0.0001 100000 1234567
printf '%c|%c|%c\n' hello 7 ''
printf '%b\n' 'tab\there' 'nl\nx' 'oct\0101' 'back\\slash' 'stop\cignored'
printf '%s\n' 'tab\there'
printf 'a\tb\\n\101\x41\n'
printf '%d %s\n' 1 one 2 two 3
printf '%s-%s\n' only
printf 'none\n' extra args
printf '%d\n' "'A" '"B'
printf '%d\n' 0x1f 010 -0
printf '%%literal %s\n' x
printf '%5s|%-3c|\n' é z
printf '%.0f %.0f %.0f\n' 0.5 1.5 2.5
printf '%s\n' "$(printf '%03d' 7)"
printf '%d\n' abc 2>/dev/null; echo "status=$?"
printf '%d\n' 12abc 2>/dev/null; echo "status=$?"
printf '%d\n' "'é"
printf '\303\251\n'; echo '\0303\0251'
printf '[%3s]\n' é
v=$(printf 'caf\303\251'); echo "$v ${#v}"
printf '\377\376' | od -An -tx1
printf '%b' '\0377' | wc -c

# printf errors as dash reports them: bad directives stop with status 2, partial numbers convert with status 1
printf '%' 2>/dev/null; echo " st=$?"
printf '%z\n' 2>/dev/null; echo "st=$?"
printf '%5%|\n'
printf '%s %s\n' "a"
printf '%-5d|%5s|\n' -3 ''
printf '%.3d\n' 7
printf '%+.2e\n' 12345
printf '%#o %#x\n' 0 0
printf '%o\n' -1
printf '%u\n' -1
printf '%c\n' 65
printf '%5c|\n' x
printf '%-5c|\n' x
printf '%.1s\n' abc
printf '%s\n' -5
printf '%d %d\n' +5 -+5 2>/dev/null; echo "st=$?"
printf '%d\n' ' 12'
printf '%d\n' '12 ' 2>/dev/null; echo "st=$?"
printf '%f\n' 1e3
printf '%.3g\n' 0.0001234
printf '%G\n' 1e-10
printf '%E\n' 5
printf '%x\n' 3.7 2>/dev/null; echo "st=$?"
printf 'A\x42C\n'
printf '\u00e9\n'
printf '%s\0%s\n' a b | od -c | head -1

# printf: * widths from arguments, reuse of formats with fewer args, tables, padding loops
printf '%*d|\n' 5 42; printf '%-*s|\n' 6 ab; printf '%.*s|\n' 3 abcdef
printf '%s=%d\n' a 1 b; printf '[%s]' a b c; echo
for name in alpha be gamma_long; do printf '%-10s|%5s|\n' "$name" "${#name}"; done
printf '%s\n' "$@"; set -- x y; printf '<%s>' "$@"; echo
printf '%3d%%\n' 7 50 100
printf '%x %o %X\n' 3054 8 48879
printf '%s %s %s\n' a b c d e
printf 'no newline'; printf '\n'
printf -- '%s\n' --dashes
printf '%5.1f|%-8.3e|\n' 3.14159 31415.9
printf '%c%c%c\n' a bc def
printf '%i %d\n' 077 -0x10
printf '%s' '' ; echo "[empty ok]"
printf '\\%s\\\n' back
printf '%b\n' '\x41' 'a\0' 

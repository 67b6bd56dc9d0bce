printf '%c%c%c\n' hello world !
printf '%s' a b c; echo
printf '%x %o %d\n' "'A" 0x1f 010
printf '[%-6s][%6s]\n' ab cd
printf '%%d\n'

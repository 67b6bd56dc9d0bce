# The printf builtin as dash has it: no \x or \u, %b escapes, %c of an empty string, reuse, errors.
printf '\x41|\u00e9|\101\n'
printf '%b|%b\n' '\0101' '\x41'
printf '[%c]\n' ''
printf '%s-%s\n' 1 2 3 4 5
printf '%5.1f%%\n' 99.44
printf '%-4s|\n' ab abcdef
printf '%#o %#x\n' 0 0
printf '%.0f %.0f %.0f\n' 0.5 1.5 2.5
printf '%d %d\n' 0x10 010
printf '%s\n' "$(printf 'a\nb')"
printf '%q\n' x 2>/dev/null; echo "q: $?"
printf '%z\n' 2>/dev/null; echo "bad conv: $?"
printf '%d\n' 99999999999999999999 2>/dev/null; echo "overflow: $?"
printf -- '-dash\n'
printf '%s' ; echo "none: $?"

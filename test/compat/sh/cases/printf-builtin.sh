printf '%s-%s\n' a b c d
printf '%d %i %x %X %o\n' 42 -7 255 255 8
printf '%5s|%-5s|%05d\n' ab cd 42
printf '%.2s %c\n' abcdef xyz
printf '%b\n' 'a\tb' 'c\\nd'
printf 'no newline'
printf '\n%%\n'
printf '%s\n'
printf '%3d|%-3d|\n' 5 6
printf '\101\102\n'

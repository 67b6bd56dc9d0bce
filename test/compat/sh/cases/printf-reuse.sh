printf '%s=%s\n' a 1 b 2 c
printf '%d\n' 1 2 3
printf '[%5.2f]\n' 3.14159
printf '%s\n' "multi word" single
printf -- '-%s-\n' dash

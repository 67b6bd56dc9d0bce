# xargs: -r, -n, -L, -d, -I, -0, -s, -P (run in turn), -t to stderr, exit statuses.
printf '' | xargs -r echo nothing; echo "r: $?"
printf '' | xargs echo empty
printf 'a b c d e\n' | xargs -n 2 echo
printf 'l1 a\nl2 b\nl3\n' | xargs -L 2 echo
printf 'x,y,z' | xargs -d, -n1 echo
printf 'f1\nf2\n' | xargs -I{} echo 'item {} end'
printf 'a\0b c\0' | xargs -0 -n1 echo
printf '1 2 3 4\n' | xargs -P 2 -n 1 echo | sort
printf 'a b c d e f\n' | xargs -s 12 echo
printf 'a\n' | xargs false; echo "false: $?"
printf 'a\n' | xargs nosuchcmd 2>/dev/null; echo "missing: $?"
printf 'a b\n' | xargs -t echo 2>/dev/null
echo "'quoted arg' \"two words\"" | xargs -n1 echo
printf 'a\nb\n' | xargs sh -c 'echo "$#: $*"' sh

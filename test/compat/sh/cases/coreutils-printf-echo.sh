# The coreutils printf and echo programs (not the builtins), reached through env.
env printf '%5.2f|%-4d|%x\n' 3.14159 7 255
env printf '\x41\u00e9\n' | od -An -tx1
env printf '%b\n' 'a\tb'
env printf '%q\n' 'a b' 2>/dev/null; echo "q: $?"
env printf '%s %s\n' 1 2 3
env printf '%d\n' 0x1F 010 "'a"
env printf '%.3s|\n' abcdef
env printf '%i\n' 12x 2>/dev/null; echo "bad: $?"
env echo -e 'a\tb'
env echo -n no-newline; echo
env echo -E 'x\ty'
env echo 'back\\slash'
env echo -- -n
env printf -- '%s\n' -x
env printf '\377\200' | od -An -tx1
env printf '%s\n' "$(printf 'caf\303\251')" | od -An -tx1
env printf '%6s|\n' "$(printf '\303\251')"
env printf '%q\n' "it's" '' 'tab	x' 'plain-word'
env printf '%c\n' "$(printf '\303\251')" | od -An -tx1
env echo -e '\0101\x42' 
env echo -e '\0377x' | od -An -tx1
env echo "$(printf 'caf\303\251')" | od -An -tx1

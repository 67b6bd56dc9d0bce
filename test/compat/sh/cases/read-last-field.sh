# read's field rules: backslash-newline joins, trailing non-blank IFS delimiter on the last field, set -e in conditions
printf 'a\\\nb c\n' | { read x y; echo "[$x][$y]"; }
printf 'one\\\n' | { read x; echo "[$x]"; }
printf ' \t x \t \n' | { read x; echo "[$x]"; }
printf 'a b\n' | { IFS=' ' read -r x; echo "[$x]"; }
printf 'a:b\n' | { IFS=: read -r x y z; echo "[$x][$y][$z]"; }
printf 'a::\n' | { IFS=: read -r x y; echo "[$x][$y]"; }
printf 'a:b:\n' | { IFS=: read -r x y; echo "[$x][$y]"; }
printf 'a:b::\n' | { IFS=: read -r x y; echo "[$x][$y]"; }
printf '  a  b  \n' | { IFS=' ' read -r x y; echo "[$x][$y]"; }
set -e; f() { false; }; if f; then :; fi; echo "after if f"
g() { false; return 0; }; g && echo "g ok"
set +e
x=$(echo a; false); echo "st=$?"
v=1 false; echo "st=$?"
printf 'a:\n' | { IFS=: read -r only; echo "[$only]"; }
printf 'a\\:b:\n' | { IFS=: read x y; echo "[$x][$y]"; }

unset v
for w in ${v:-one two three}; do echo "[$w]"; done
for w in "${v:-one two}"; do echo "<$w>"; done
: ${v:=a b}
echo "$v"
set -- ${v}
echo $#

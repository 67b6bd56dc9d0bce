set -- a b c
IFS=
echo "$*"
x="p q"
for i in $x; do echo "[$i]"; done
unset IFS
echo "$*"
for i in $x; do echo "<$i>"; done

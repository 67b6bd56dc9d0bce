# while read loops: IFS= preserving whitespace, -r backslashes, last line without newline, field splits
printf '  lead\ttab  \nback\\slash\nlast' > in.txt
while IFS= read -r line; do printf '[%s]\n' "$line"; done < in.txt
while read line; do printf '{%s}\n' "$line"; done < in.txt
while read -r a b; do printf '<%s|%s>\n' "$a" "$b"; done <<EOF2
one two three
  four  
solo
EOF2
printf 'a:b:c\nd::f\n' | while IFS=: read -r x y z; do echo "x=$x y=$y z=$z"; done
printf 'k v\n' | { read -r k v; echo "$k=$v"; }; echo "outside: [${k-}]"
n=0; while read -r _; do n=$((n+1)); done < in.txt; echo "lines=$n"
exec 3< in.txt; read -r l1 <&3; read -r l2 <&3; exec 3<&-; echo "[$l1][$l2]"
IFS=, read -r p q <<EOF2
1,2,3
EOF2
echo "p=$p q=$q"

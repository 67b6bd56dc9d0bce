# Reading two files in parallel through fds, read from a here-doc inside a loop, and stdin of loops.
printf '1\n2\n3\n' > a; printf 'x\ny\nz\n' > b
exec 3< a 4< b
while read -r n <&3 && read -r l <&4; do echo "$n$l"; done
exec 3<&- 4<&-
while read -r line; do
  read -r other <<EOF2
inner-$line
EOF2
  echo "$line $other"
done < a
cat a | while read -r x; do echo "piped $x"; done
while read -r x; do echo "loop $x"; cat > /dev/null; done < b
i=0; while read -r x; do i=$((i+1)); done < a; echo "count $i"
{ read -r first; read -r second; } < a; echo "$first $second"

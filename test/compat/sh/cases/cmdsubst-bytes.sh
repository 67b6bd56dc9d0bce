# Command substitution keeps bytes that are not valid UTF-8, as dash does.
x=$(printf '\377')
printf %s "$x" | od -An -tx1
y=$(printf 'a\303\251b\200c')
printf %s "$y" | od -An -tx1
echo "${#x}"
z=$(printf '\303\251')
printf '%s\n' "$z" | od -An -tx1
printf 'l1\377\nl2\n' > f
while read -r line; do printf %s "$line" | od -An -tx1; done < f
printf 'p\376q\n' | { read -r v; printf %s "$v" | od -An -tx1; }
w=$(cat f)
printf %s "$w" | wc -c

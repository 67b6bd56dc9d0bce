echo a > f1
printf '%s\n' b c >> f1
{ echo d; echo e; } >> f1
while read x; do printf '[%s]' "$x"; done < f1; echo
exec 3> f2
echo via3 >&3
exec 3>&-
cat_() { while read -r l; do echo "$l"; done; }
cat_ < f2

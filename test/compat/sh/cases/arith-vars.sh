unset n
echo $((n + 1))
n=' 4 '
echo $((n * 2))
a=3 b=4
echo $(( a*a + b*b ))
echo $(( (a+b) % 5 )) $(( a<<b )) $(( -a )) $(( a-- )) 2>/dev/null || echo "no postfix"
c=$((a=7)); echo $a $c

a=10 b=3
[ $((a > b)) -eq 1 ] && echo gt
echo $((a / b)) $((a % b)) $((a ** 1)) 2>/dev/null || echo "no pow"
echo $(( a >= 10 ? 100 : 0 ))
echo $(( (a | b) ^ 1 ))

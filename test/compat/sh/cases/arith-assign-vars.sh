# arithmetic with variables: unset as 0, nested names, assignments inside, increments by loops, errors
unset u; echo $((u + 1))
a=5; echo $((a)) $(($a)) $((a += 2)) $a
echo $(( (a = 3) + a ))
i=0; for x in a b c d; do : $((i += 1)); done; echo $i
n=0x10; echo $((n + 1))
m=010; echo $((m + 0))
c=$((1 + 2)); d=$((c * c)); echo "$c $d"
echo $(( 5 > 3 && 2 > 1 )) $(( 5 > 3 || 1 / 0 )) $(( 0 && 1 / 0 )) $(( 1 ? 2 : 1 / 0 ))
q=0; echo $(( 0 && (q = 5) )) $(( 1 ? 7 : (q = 9) )) "q=$q"
( echo $(( 1 / 0 )) ) 2>/dev/null; echo "div0=$?"
sh -c 'echo $((1 + ))' 2>/dev/null; echo "syntax=$?"
v=abc; sh -c 'v=abc; echo $((v + 1))' 2>/dev/null; echo "nonnum=$?"
echo $(( 7 >> 1 << 2 ))
x=3; (y=$((x++))) 2>/dev/null; echo "post=$? $x"
(echo $((-2**2))) 2>/dev/null || echo "no power op"

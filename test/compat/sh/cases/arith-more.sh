# Arithmetic expansion: bases, bit ops, ternary, assignment ops, comparison chains, errors.
echo $((0x1f)) $((010)) $((1 << 4)) $((255 & 15)) $((8 | 3)) $((6 ^ 3)) $((~0))
echo $((7 / 2)) $((-7 / 2)) $((-7 % 3)) $((2 * 3 + 4)) $((2 * (3 + 4)))
i=5; echo $((i += 2)) $((i -= 1)) $((i *= 3)) $((i /= 2)) $((i %= 5)) $i
echo $((1 < 2)) $((2 <= 1)) $((3 == 3)) $((3 != 3)) $((!0)) $((!5))
echo $((1 && 0)) $((1 || 0)) $((0 ? 10 : 20)) $((5 > 3 ? 1 : 2))
a=3 b=4; echo $((a * a + b * b)) $(( a<b ))
n=; echo $((n + 1))
x=010; echo $((x + 0))
echo $(( (1 + 2) * (3 + 4) ))
c=0; while [ $((c += 1)) -lt 3 ]; do :; done; echo $c
echo $((2147483647 + 1)) $((-2147483648 - 1))
echo $((9223372036854775807))
v=2; echo $((v++)) $v $((++v)) $((v--)) $((--v)) 2>/dev/null || echo "no incdec"

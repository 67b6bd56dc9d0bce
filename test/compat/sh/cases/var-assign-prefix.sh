x=global
f() { echo "f sees $x"; }
x=temp f
echo "after $x"
x=one y=two; echo $x $y
z=$x$y; echo $z
e= ; echo "[${e}]"

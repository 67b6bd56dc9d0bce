x=1
(x=2; echo "in $x")
echo "out $x"
(exit 4); echo $?
{ echo brace; x=3; }
echo $x
( cd /; pwd ); pwd >/dev/null
v=$(x=9; echo $x); echo $v $x

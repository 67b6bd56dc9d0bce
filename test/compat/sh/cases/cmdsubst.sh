x=$(echo inner)
echo "got $x"
y=`echo back`
echo "$y"
echo "$(echo a; echo b)"
echo $(echo a; echo b)
z=$(printf 'trail\n\n\n')
echo "[$z]"
echo "$(echo "$(echo nested)")"
echo "$(exit 3)$?"
a=$(false); echo $?

echo hello world
echo "a  b"   'c  d'
x=5; echo "x is $x"
echo -n no-newline; echo
echo 'tab\there'

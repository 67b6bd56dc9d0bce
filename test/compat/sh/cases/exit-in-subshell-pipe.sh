echo x | exit 3
echo "after $?"
(exit 2) | true
echo "pipe $?"
f() { return 4; }
f | true; echo $?
true | f; echo $?

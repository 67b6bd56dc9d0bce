echo a    b     c
echo "a    b"
echo
echo ''
echo "" ""
echo a\ \ b

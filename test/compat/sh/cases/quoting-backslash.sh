echo \$HOME \"q\" \'s\' \\ a\ b
echo "\$HOME \"q\" \'s\' \\"
echo '\$HOME \"q\" \\'
echo "back`echo \\\\`slash"
x='a\b'; echo "$x" $x

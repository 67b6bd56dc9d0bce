a="it's"
echo "$a" "${a}s" "$(echo "$a")" "`echo "$a"`"
b='say "hi"'
echo "$b"
echo "$(echo '$(not expanded)')"
echo "a\$b" 'a\$b' a\$b
echo "\a\b\\" 
echo "x${a:+"$a and"} y"

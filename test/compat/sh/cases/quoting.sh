echo 'single $x "q"' "double \$x \"q\" \\ \`" back\ slash
x=hi
echo "$x"'$x'$x
echo "a'b" 'a"b'
echo ""  '' x
printf '%s|' "" a "" ; echo

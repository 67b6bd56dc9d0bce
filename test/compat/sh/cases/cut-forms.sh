# cut by characters, fields, delimiters; -s and complement-like ranges.
echo abcdefgh | cut -c2-4
echo abcdefgh | cut -c-3
echo abcdefgh | cut -c6-
printf 'a\tb\tc\n' | cut -f2
echo 'a,b,c,d' | cut -d, -f1,3
echo 'a,b,c,d' | cut -d, -f2-
printf 'no delim\nx:y\n' | cut -d: -f2 -s

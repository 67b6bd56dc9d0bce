# tr: ranges, classes, escapes, -d -s -c, and the padding of SET2.
echo 'Hello World 123' | tr 'a-z' 'A-Z'
echo 'Hello World 123' | tr '[:upper:]' '[:lower:]'
echo 'Hello World 123' | tr -d '[:digit:]'
echo 'aaabbbccc' | tr -s 'a-c'
echo 'a  b   c' | tr -s ' '
echo 'abc-123_x' | tr -cd '[:alnum:]'; echo
echo 'abc' | tr 'abc' 'x'
printf 'a\tb\n' | tr '\t' ' '
echo 'a.b.c' | tr . '\n'
echo 'hello' | tr 'a-y' 'b-z'
echo 'x1y2' | tr -c '[:alpha:]' '_'; echo
echo 'abc' | tr -d 'b' | tr 'ac' 'AC'
echo 'path/to/file' | tr / '\\'
printf 'a\nb\n' | tr -d '\n'; echo
echo 'aaa' | tr a '[x*]'
echo 'abcd' | tr 'a-d' '[x*2]yz'
echo 'x' | tr 2>/dev/null; echo "no sets: $?"
echo 'Tab	Space ' | tr '[:space:]' '.'; echo

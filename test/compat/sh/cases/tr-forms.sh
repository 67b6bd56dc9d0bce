# tr: ranges, classes, -d, -s, -c.
echo 'Hello World 123' | tr '[:lower:]' '[:upper:]'
echo 'Hello World 123' | tr -d '[:digit:]'
echo 'aaabbbccc' | tr -s 'abc'
echo 'a-b_c' | tr -c 'a-z\n' ' '
echo 'hello' | tr 'a-y' 'b-z'
printf 'one\ntwo\n' | tr '\n' ' '; echo

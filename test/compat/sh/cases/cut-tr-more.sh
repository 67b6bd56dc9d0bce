# cut and tr corners: lines without the delimiter, out-of-order lists, overlapping ranges, escapes
printf 'a:b:c\nnodelim\n:lead\ntrail:\n' > f
cut -d: -f2 f; cut -d: -f3,1 f; cut -d: -f1-2,2-3 f; cut -d: -f2 -s f; cut -d: --complement -f2 f
cut -c2- f | head -2; cut -c1,1,1 f | head -1; cut -c3-2 f 2>/dev/null; echo "bad range=$?"
cut -f1 f | head -1
printf 'x\ty\tz\n' | cut -f2; printf 'x\ty\tz\n' | cut -f2-
cut -d: -f1 nosuchfile 2>/dev/null; echo "missing=$?"
echo hello | tr 'a-z' 'A-Z' | tr -d 'L'
echo 'a.b.c' | tr . '\n'
echo 'abc' | tr '\141' 'X'
echo 'aabbccdd' | tr -s 'a-c'
echo 'hello world' | tr -s ' o' 
echo 'Hello' | tr '[:upper:][:lower:]' '[:lower:][:upper:]'
echo 'abc123' | tr -d '[:alpha:]'
echo 'a b' | tr ' ' '\t' | od -c | head -1
echo 'aaa' | tr 'a' 'bc'
echo '1 2 3' | tr -d ' ' | wc -c
printf 'x\r\n' | tr -d '\r' | od -c | head -1
echo 'tab	sep' | tr '[:blank:]' '_'

# uniq -c -d -u -i, cut with byte ranges/fields/complement, tr classes, ranges, -d -s -c
printf 'a\na\nb\nc\nc\nc\nA\na\n' > u
uniq u; uniq -c u; uniq -d u; uniq -u u; uniq -i -c u; uniq -c u | sort -rn | head -1
printf 'one:two:three:four\nalpha\n1:2\n' > c
cut -d: -f2 c; cut -d: -f1,3 c; cut -d: -f2- c; cut -d: -f-2 c; cut -d: -s -f1 c
cut -c1-3 c; cut -c2,4 c; cut -c3- c; cut -b-2 c
cut -d: -f1 --output-delimiter=+ c 2>/dev/null || true
cut -d: -f1,2 --output-delimiter=+ c
echo 'Hello, World 123' | tr a-z A-Z
echo 'Hello, World 123' | tr '[:lower:]' '[:upper:]'
echo 'Hello, World 123' | tr -d '[:digit:][:punct:]'
echo 'aaabbbccc   dd' | tr -s 'a-z '
echo 'Hello World' | tr -c '[:alpha:]' '_'; echo
echo 'a-b_c' | tr -- '-_' '  '
echo 'hello' | tr 'a-y' 'b-z'
echo 'abc' | tr 'abc' 'x'
printf 'a\tb\n' | tr '\t' ' '
echo 'xyz' | tr -d 'y' | tr 'xz' 'zx'
echo 'spaces   and	tabs' | tr -s '[:space:]' '\n'
echo 'ABC' | tr '[:upper:]' '[:lower:]' | tr -d '\n'; echo
echo 'a1b2' | tr -cd '0-9'; echo

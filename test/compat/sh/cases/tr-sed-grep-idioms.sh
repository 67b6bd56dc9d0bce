# one-line idioms scripts use: tr with brackets and backslashes, sed classes and \\L, grep counts
x=5
while [ $x -gt 0 ]; do x=$((x-1)); [ $x -eq 2 ] && break; done; echo $x
echo "a" | grep -q a && echo found || echo nf
echo "A-Z" | tr 'A-Z' 'a-z'
echo "x-y" | tr -d '-'
echo "a]b" | tr ']' 'X'
echo "a[b" | tr '[' 'X'
echo "hello" | tr '[a-e]' 'X'
echo "aAbB" | tr -d '[:upper:]'
echo 'a\b' | tr '\\' '/'
echo "abc" | sed 's/b/\//'
echo "abc" | sed 's#b#/#'
echo "a b" | sed 's/\s/_/'
echo "Ab" | sed 's/[[:upper:]]/u/'
echo "aaa" | sed 's/a\{2\}/X/'
echo "abab" | sed -E 's/(ab){2}/X/'
echo "a.b" | grep -c 'a\.b'
echo "ab" | grep -E 'a|b' -o | wc -l
printf 'x\n' | sed -n '/x/='
echo "one two" | sed 's/\(\w*\) \(\w*\)/\2 \1/'
echo "TITLE" | sed 's/.*/\L&/'
echo "word" | sed 's/\b/|/g'
printf 'a\n\nb\n' | sed '/^$/d' | wc -l
printf 'a b c d\n' | cut -d' ' -f2- 
printf 'x=1;y=2\n' | tr ';' '\n' | cut -d= -f2 | paste -sd+ | sed 's/+/ + /'
echo "$(printf '%s' "$(echo nested)")"

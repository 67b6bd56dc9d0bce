# rev and fold for text layout (ASCII: util-linux rev rejects non-UTF-8 input in the C locale), sed's 0,/re/ range: reversing fields, wrapping long lines
echo abc | rev; printf 'one\ntwo\n' | rev; printf 'no newline' | rev; echo
echo 'a.b.c' | rev | cut -d. -f1 | rev
echo 'path/to/file.txt' | rev | cut -d/ -f1 | rev
echo hello | fold -w2; echo 'the quick brown fox jumps' | fold -w10; echo 'the quick brown fox jumps' | fold -s -w10
printf 'a\tbcdefghij\n' | fold -w6 | cat -A
printf '1234567890\n' | fold -3
seq 1 30 | paste -sd' ' | fold -w20 -s
printf '1\n2\n3\n2\n' | sed '0,/2/d'
printf 'x\ny\nx\n' | sed '0,/x/s/x/X/'
printf 'x\ny\nx\n' | sed '1,/x/s/x/X/'

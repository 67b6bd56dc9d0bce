# od: character and numeric dumps, radixes, skip/count, width, repeated lines, several files
printf 'ab\001\n\t\377xyzABCDEFGHIJKLMNOP' | od -c
printf 'abc\377\n' | od -An -tx1
printf 'abc\377\n' | od -t d1
printf 'abc\377\n' | od -t u1
printf 'abc\377\n' | od
printf 'abcd' | od -x
printf 'abcd' | od -t x4 -A d
printf 'abcdefgh' | od -b
printf 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' | od -c
printf 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' | od -v -An -c | wc -l
printf 'abcdefghijklmnopqrs' | od -Ax -c
printf 'abcdefghijklmnopqrs' | od -Ad -tx1 -w8
printf 'abcdefghij' | od -j2 -N3 -c
printf 'abc' | od -d; printf 'abc' | od -o; printf '' | od -c
printf '\200\000\377\177' | od -An -t d2 -t u2
printf 'hi\n' > f1; printf 'yo\n' > f2; od -c f1 f2
od -c nofile 2>/dev/null; echo "status=$?"
printf 'x y\n' | od -An -c | tr -s ' '
printf '\200\000' | od -t d2 -t x1
printf 'abcdefghijklmnopqrstu' | od -t x2 -t c
printf 'abc' | od -t o1 -t d1 -t x1

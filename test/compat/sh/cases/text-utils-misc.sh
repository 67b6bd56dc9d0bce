# comm, tee -a, rev, tac -s, cat -n -b -s -A -E -T, od formats, basename/dirname forms.
printf 'a\nb\nd\n' > x; printf 'b\nc\nd\n' > y
comm x y
comm -12 x y
comm -3 x y
echo one | tee t1 t2 >/dev/null; echo two | tee -a t1 >/dev/null; cat t1 t2
echo abc | rev
printf 'a,b,c,' | tac -s ,; echo
printf 'a\n\n\n\tb\n' | cat -n
printf 'a\n\n\nb\n' | cat -b
printf 'a\n\n\n\nb\n' | cat -s
printf 'a\tb\r\n' | cat -A
printf 'x\n' | cat -E
printf 'A\tB\n' | cat -T
printf 'AB\n' | od -c
printf 'AB' | od -An -tx1 -tc
printf '\001\002' | od -An -to1
printf 'abcdefgh' | od -An -tx2
basename /a/b/c.txt .txt; basename -s .c x.c y.c; basename -a /p/q /r/s
dirname /a/b/c a/b c /; dirname a/b/

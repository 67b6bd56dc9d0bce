# `-` as stdin among file operands, and utilities that read it once.
printf 'file\n' > f
echo stdin | cat f - f
echo in | head -n 5 f - 
echo in | tail -n 1 - f
echo 'a b' | wc - f
echo x | paste f -
printf 'b\na\n' | sort - f
echo hi | md5sum - f
echo piped | diff - f; echo "diff: $?"
echo q | grep -H . - f
printf 'z\n' | comm - f
echo data | tee - >/dev/null | wc -l
head -c -2 f | od -An -c
echo 12345 | tail -c +3
echo via-dev | head -n 1 /dev/stdin
printf 'l1\nl2\n' | head -c 3 /dev/stdin; echo
head -c 4 /dev/zero | od -An -tx1

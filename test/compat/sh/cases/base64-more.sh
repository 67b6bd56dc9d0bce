# base64: -d, -w, -i, round trips of binary data, and bad input.
printf 'hello world' | base64
printf 'hello world' | base64 -w 4
printf 'hello world' | base64 -w 0; echo
printf 'aGVsbG8gd29ybGQ=' | base64 -d; echo
printf 'aGVs\nbG8=\n' | base64 --decode; echo
head -c 300 /dev/zero | base64 | wc -l
printf '\000\377\200abc' | base64 | base64 -d | od -An -tx1
printf 'not base64!' | base64 -d >/dev/null 2>&1; echo "bad: $?"
printf 'aGVs!bG8=' | base64 -di; echo
echo hi > f; base64 f
base64 nosuch 2>/dev/null; echo "missing: $?"

# tr octal escapes, classes and -t; paste with delimiter lists; fold with tabs; uniq -z; cut -b on bytes.
echo 'ABC' | tr '\101-\103' 'xyz'
echo 'a,b;c!' | tr -d '[:punct:]'
echo 'abcdef' | tr -t 'abcdef' 'XY'
echo 'hello' | tr '[:lower:]' '[:upper:]' | tr -s 'L'
echo 'a b' | tr ' ' '\012'
printf '1\n2\n3\n' > n; printf 'a\nb\nc\n' > l
paste -d ',;' n l n
paste -d '\n' n l | head -4
paste -s -d ':,' n
printf 'a\tbcdefgh\n' | fold -w 6
printf 'a\0a\0b\0' | uniq -z | tr '\0' '\n'
printf 'caf\303\251\n' | cut -b 1-4 | od -An -tx1
printf 'caf\303\251\n' | cut -c 4- | od -An -tx1
printf 'a:b\n' | cut -d: -f1,1,2

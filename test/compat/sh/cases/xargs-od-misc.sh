# xargs -a FILE and -E, od -A/-N/-j/-w, sort -c messages, uniq -c widths.
printf 'one\ntwo\nthree\n' > list
xargs -a list echo
xargs -a list -n 2 echo
printf 'a b END c\n' | xargs -E END echo
printf 'abcdefghijklmnop' | od -A x -N 8 -t x1
printf 'abcdefghijklmnop' | od -A d -j 4 -N 4 -c
printf 'abcdefghijklmnop' | od -A n -w4 -t c
printf 'b\na\n' | sort -c 2>&1; echo "$?"
printf 'a\na\na\nb\n' | uniq -c
seq 1 12 | sed 's/.*/x/' | uniq -c
xargs -a nosuch echo 2>/dev/null; echo "no file: $?"
printf 'x\n' > in; xargs -a list sh -c 'read -r l; echo "$l $#"' sh < in

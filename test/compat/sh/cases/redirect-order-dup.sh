# redirection order and duplication: 2>&1 >f vs >f 2>&1, closing fds, <> , >| with noclobber
f() { echo out; echo err >&2; }
f 2>&1 >a.txt | sed 's/^/piped: /'; echo "a: $(cat a.txt)"
f >b.txt 2>&1; echo "b: $(tr '\n' ' ' < b.txt)"
f 2>/dev/null >c.txt; cat c.txt
{ f 3>&1 1>&2 2>&3 3>&-; } 2>/dev/null | sed 's/^/swapped: /'
echo closed >&- 2>/dev/null; echo "closed stdout status=$?"
echo data > rw.txt; exec 4<>rw.txt; read -r line <&4; echo "rw read: $line"; exec 4>&-
set -C; echo first > nc.txt; echo second > nc.txt 2>/dev/null; echo "clobber=$?"; echo forced >| nc.txt; cat nc.txt; set +C
cat < a.txt > d.txt; cat d.txt
echo "to stderr" 1>&2 2>/dev/null
: > empty.txt; wc -c < empty.txt
echo x >> app.txt; echo y >> app.txt; cat app.txt
ls nosuchfile 2>&1 | grep -c 'nosuchfile'
exec 5>five.txt; echo "via five" >&5; exec 5>&-; cat five.txt
cat <<EOF2 >hd.txt 2>&1
heredoc with redirect
EOF2
cat hd.txt

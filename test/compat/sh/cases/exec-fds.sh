# exec redirections: open, write, read, dup and close fds in the current shell
exec 3>out.txt
echo one >&3
echo two >&3
exec 3>&-
cat out.txt
exec 4<out.txt
read -r first <&4
read -r second <&4
echo "$first/$second"
exec 4<&-
exec 5>>out.txt; echo three >&5; exec 5>&-
wc -l < out.txt
exec 6>&1 1>capt.txt
echo captured
exec 1>&6 6>&-
echo back; cat capt.txt
( echo x >&7 ) 2>/dev/null || echo "bad fd fails"
exec 3<>rw.txt; echo rw >&3; exec 3>&-; cat rw.txt

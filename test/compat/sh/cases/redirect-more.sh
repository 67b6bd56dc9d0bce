# Redirections: <>, >|, here-string-free heredocs to fds, 2>&1 ordering, closing fds, exec into fds.
echo abc > f
cat <> f
set -C; echo x > f 2>/dev/null; echo "noclobber: $?"; echo y >| f; cat f; set +C
{ echo out; echo err >&2; } 2>&1 >/dev/null | sed 's/^/piped: /'
{ echo out; echo err >&2; } > both 2>&1; sort both
exec 3> fd3; echo via3 >&3; exec 3>&-; cat fd3
exec 4< fd3; read -r line <&4; exec 4<&-; echo "read: $line"
echo gone >&5 2>/dev/null; echo "bad fd: $?"
cat <<X 3<&0
stdin heredoc
X
: > trunc; wc -c < trunc
echo append >> trunc; echo append >> trunc; wc -l < trunc
ls nosuch 2>&1 >/dev/null | wc -l
(echo sub; echo suberr >&2) 2>/dev/null
echo > "sp ace"; ls "sp ace"

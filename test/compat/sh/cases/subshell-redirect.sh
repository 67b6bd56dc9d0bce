# Subshells and groups with redirections, stderr joined into a pipe.
( echo out; echo err >&2 ) 2>&1 | sort
( cd / && pwd ) > where
cat where
pwd | sed 's|.*/||'
{ echo x; echo y; echo z; } > three
wc -l < three
{ echo a; false; } | { read -r v; echo "got $v"; }
( exit 3 ) | cat; echo "last=$?"
( echo inner; exit 4 ); echo "sub=$?"

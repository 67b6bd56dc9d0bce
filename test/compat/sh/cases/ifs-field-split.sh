# Field splitting: IFS whitespace vs non-whitespace, empty fields, $* and $@ joins, unset IFS.
s='a  b:c::d '
IFS=' :'; set -- $s; echo "$#"; for f; do printf '[%s]' "$f"; done; echo
IFS=:; set -- $s; echo "$#"; for f; do printf '[%s]' "$f"; done; echo
IFS=','; set -- x y z; echo "$*"; echo "$@"
IFS=''; set -- $s; echo "$#"
unset IFS; set -- $s; echo "$#"
IFS=' '; v='  lead'; set -- $v; echo "$# [$1]"
IFS=:; v=':a:'; set -- $v; echo "$#"; for f; do printf '[%s]' "$f"; done; echo
IFS=' 	
'
x='1
2	3'; set -- $x; echo "$#"

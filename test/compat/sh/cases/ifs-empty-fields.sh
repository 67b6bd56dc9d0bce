# IFS splitting: whitespace vs non-whitespace separators, empty fields, leading/trailing
show() { printf '%d:' "$#"; for a in "$@"; do printf '[%s]' "$a"; done; echo; }
s='a::b:'; IFS=:; show $s
s=':a:b'; show $s
s='a : b'; IFS=' :'; show $s
s='  a  b  '; IFS=' '; show $s
s='a,,b,'; IFS=,; show $s
IFS=; s='a b c'; show $s
unset IFS; s=' a	b
c '; show $s
IFS=:; set -- x y z; show "$*"; show $*; show "$@"
IFS=; show "$*"
IFS=' '; line='k=v=w'; IFS==; set -- $line; echo "$1|$2|$3"
IFS=' 	
'; read_var='  lead and trail  '; set -- $read_var; echo "$#:$1:$3"

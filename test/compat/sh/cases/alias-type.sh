alias greet='echo hello'
greet world
type echo
type cd
f() { :; }
type f
type if
command -v echo
type nosuch_cmd_q >/dev/null; echo "type status $?"
unalias greet
greet 2>/dev/null || echo "alias gone"

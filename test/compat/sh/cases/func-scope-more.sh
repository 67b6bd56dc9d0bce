# Functions: positional params save/restore, local with dash semantics, recursion, redefinition, unset -f.
f() { echo "in f: $# $1"; set -- x y z; echo "after set: $#"; }
set -- a b; f one; echo "outer: $# $1"
counter=0
g() { local counter; counter=5; echo "local: $counter"; }
g; echo "global: $counter"
h() { local v=inner; k; }
k() { echo "k sees: $v"; }
v=outer; h; k
fact() { if [ "$1" -le 1 ]; then echo 1; else echo $(( $1 * $(fact $(( $1 - 1 ))) )); fi; }
fact 6
r() { echo first; }; r; r() { echo second; }; r
unset -f r; r 2>/dev/null; echo "unset: $?"
noret() { false; }; noret; echo "last status: $?"
early() { return; echo never; }; early; echo "ret: $?"
pipe_fn() { while read -r l; do echo "<$l>"; done; }; printf '1\n2\n' | pipe_fn
name_with_under_score() { echo ok; }; name_with_under_score

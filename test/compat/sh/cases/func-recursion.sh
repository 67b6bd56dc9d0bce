# functions: recursion, return values via status and stdout, local, positional save/restore, nesting
fact() { if [ "$1" -le 1 ]; then echo 1; else echo $(( $1 * $(fact $(( $1 - 1 ))) )); fi; }
fact 10
fib() { local n=$1; [ "$n" -lt 2 ] && { echo "$n"; return; }; local a b; a=$(fib $((n-1))); b=$(fib $((n-2))); echo $((a+b)); }
fib 12
count_args() { return $#; }
count_args a b c; echo "status=$?"
outer() { x=outer-set; inner() { echo "inner sees $1"; }; inner "$@"; }
outer arg; inner again; echo "$x"
set -- p1 p2
show() { echo "in: $*"; set -- changed; echo "now: $*"; }
show q1; echo "after: $*"
v=global; f() { local v=local; g; }; g() { echo "g sees $v"; }; f; echo "$v"
h() { local v; echo "unset-local:[${v-unset}]"; v=x; }; h; echo "$v"
depth() { [ "$1" -gt 0 ] && depth $(($1 - 1)); echo -n "$1 "; }; depth 5; echo
r() { return 300; }; r; echo "ret=$?"
f2() { false; }; f2 && echo yes || echo no
unset -f fact; fact 2>/dev/null; echo "unset-f status=$?"

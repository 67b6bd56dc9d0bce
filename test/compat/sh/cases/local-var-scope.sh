# local variables: dynamic scope, shadowing across calls, local without value, recursion counters
x=global
a() { local x=in-a; b; echo "a after b: $x"; }
b() { echo "b sees: $x"; x=changed-by-b; }
a; echo "top: $x"
c() { local x; x=c-set; echo "c: $x"; }; c; echo "top after c: $x"
d() { local n=$1; [ "$n" -gt 0 ] || return 0; d $((n-1)); echo "level $n keeps n=$n"; }; d 3
e() { local IFS=,; set -- $1; echo "$# fields"; }; e 'p,q,r'; set -- $(echo 'p,q,r'); echo "outside $#"
f() { local v1=1 v2=2; echo "$v1$v2"; }; f; echo "[${v1-unset}]"
g() { local x=outer-g; h() { local x=inner-h; }; h; echo "$x"; }; g

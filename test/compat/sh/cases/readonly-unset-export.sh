# readonly, unset, export: listing formats, errors, unset of functions and variables, env to children
readonly R=1
(R=2) 2>/dev/null || echo "assign failed"
(R=3) 2>/dev/null; echo "sub status=$?"
(unset R) 2>/dev/null; echo "unset ro=$? R=$R"
readonly | grep ' R='
export E1=one; export E2; E2=two
sh -c 'echo "child: $E1 $E2"'
E3=three sh -c 'echo "prefix: $E3"'; echo "after prefix: [${E3-unset}]"
export | grep 'E1=' 
unset E1; sh -c 'echo "after unset: [${E1-gone}]"'
x=1; unset x; echo "[${x-unset}]"
f() { :; }; unset -f f; type f >/dev/null 2>&1 || echo "f gone"
unset -v nothing_here; echo "unset missing=$?"
export -p | grep -c '^export E2='
a=1 b=2; unset a b; echo "[${a-}${b-}]"
readonly -p | grep -c R

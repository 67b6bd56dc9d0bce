a='x y'
eval "b=\"$a\""
echo "$b"
eval 'set -- 1 2 3'
echo $#
cmd='echo $((2*21))'
eval "$cmd"
eval "f() { echo defined-by-eval; }"
f

name=worker
f() { echo "$name $1 start"; node -e "setTimeout(()=>{},30)"; echo "$name $1 end"; }
f one > one.out &
p1=$!
( x=sub; echo "in $x" > two.out ) &
{ echo braced; } > three.out &
wait
while read l; do echo "$l"; done < one.out
read t < two.out; echo "$t"
read t < three.out; echo "$t"
[ -n "$p1" ] && echo "pid set"
set -- a 'b c'
g() { echo "$# $2"; } 
g "$@" > four.out &
wait $!; echo "status $?"
read t < four.out; echo "$t"
(exit 6) &
wait $!; echo "sub status $?"

x=g
outer() { local x=o; inner; echo "outer $x"; }
inner() { echo "inner sees $x"; x=changed; }
outer
echo "global $x"

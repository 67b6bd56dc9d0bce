# here-docs inside functions, loops, with expansions, quoted delimiters, <<- and pipes
gen() {
	cat <<-END
	name=$1
		tab kept? $2
	END
}
gen alpha beta
for n in 1 2; do
  cat <<EOF2 | sed "s/^/[$n] /"
line $n of $((n*10))
\$literal and \`tick\` and \\
EOF2
done
while read -r k v; do echo "$k -> $v"; done <<'EOF2'
a 1
b two words
EOF2
f() { cat; }
f <<X
from-func $(echo sub)
X
cat <<A; cat <<B
first
A
second
B
x=val; cat <<"Q"
$x `no` $(no)
Q
cat <<E
E
echo after-empty

# Here-documents inside command substitution, functions and pipelines; several on one line.
x=$(cat <<EOF2
inside $((1+2))
EOF2
); echo "$x"
f() { cat <<EOF2
func $1
EOF2
}; f arg
cat <<A; cat <<B
first
A
second
B
cat <<EOF2 | tr a-z A-Z | sed 's/^/> /'
piped heredoc
EOF2
y=$(cat <<'EOF2' | wc -l
1
2
EOF2
); echo "lines: $y"
while read -r a b; do echo "$b $a"; done <<EOF2
one two
three four
EOF2
cat <<"EOF2"
quoted delimiter $HOME
EOF2
cat <<EOF2
backslash \$ and \\ and \` kept
EOF2

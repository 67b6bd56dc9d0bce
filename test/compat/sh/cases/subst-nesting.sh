# command substitution: nesting, quotes inside, trailing newlines, exit status, backticks
echo "$(echo "$(echo "deep $(echo nest)")")"
echo `echo \`echo inner\``
x=$(printf 'a\n\n\n'); echo "[$x]"
x=$(printf '\n\nb'); echo "[$x]"
y=$(false); echo "status $?"
y=$(exit 3); echo "status $?"
echo "$(echo 'single $quoted')"
echo $(echo "a   b")  "$(echo "a   b")"
z=$(case x in x) echo matched ;; esac); echo "$z"
w=$(echo ")"); echo "$w"
echo "$(cat <<EOF2
heredoc in subst
EOF2
)"
v=$( (echo sub; echo shell) | wc -l); echo $v
n=$(echo 1; echo 2 >&2) 2>/dev/null; echo "n=$n"
echo "len: ${#x}"
a=$(for i in 1 2 3; do printf "$i"; done); echo "$a"
echo $(( $(echo 3) + $(echo 4) ))

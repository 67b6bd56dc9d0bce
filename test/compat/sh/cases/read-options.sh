# read: -r vs backslashes, IFS splitting into vars, last var takes the rest, empty lines, no newline
printf 'a\\tb c\\\nd e\n' > in1
read x < in1; echo "[$x]"
read -r x < in1; echo "[$x]"
echo '  one two   three four  ' | { read a b; echo "[$a][$b]"; }
echo '  one two   three four  ' | { IFS= read -r a; echo "[$a]"; }
echo 'k1:v1:rest:more' | { IFS=: read -r k v r; echo "[$k][$v][$r]"; }
echo 'a:b' | { IFS=: read -r k v extra; echo "[$k][$v][$extra]"; }
echo ':lead' | { IFS=: read -r k v; echo "[$k][$v]"; }
printf 'no-newline' | { read -r l; echo "status=$? [$l]"; }
printf '' | { read -r l; echo "empty status=$? [$l]"; }
printf 'l1\n\nl3\n' | while read -r l; do echo "<$l>"; done
printf 'x y\n' | { read -r; echo "REPLY=[$REPLY]"; } 2>/dev/null || echo noreply
printf 'a b c\n' | { read -r first; echo "$first"; }
printf 'a\\\nb\n' | { read l; echo "[$l]"; }

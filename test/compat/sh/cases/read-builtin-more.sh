# read: -r, backslash continuation, IFS splitting into the last variable, empty input, -p.
printf 'a b c d\n' | { read x y; echo "[$x][$y]"; }
printf 'a\\ b c\n' | { read x y; echo "[$x][$y]"; }
printf 'a\\ b c\n' | { read -r x y; echo "[$x][$y]"; }
printf 'one \\\ntwo\n' | { read x; echo "[$x]"; }
printf '  lead  trail  \n' | { read x; echo "[$x]"; }
printf '  lead  trail  \n' | { IFS= read -r x; echo "[$x]"; }
printf 'a:b::c\n' | { IFS=: read a b c d; echo "[$a][$b][$c][$d]"; }
printf 'a:b:c:d:e\n' | { IFS=: read a b rest; echo "[$a][$b][$rest]"; }
printf 'no newline' | { read x; echo "status $? [$x]"; }
printf '' | { read x; echo "empty $? [$x]"; }
printf 'x\n' | { read; echo "REPLY=[$REPLY]"; } 2>/dev/null || echo "no default var"
printf 'v\n' | { read -p 'prompt: ' x 2>/dev/null; echo "[$x]"; }

printf 'one two three four\n' > in
read a b rest < in; echo "$a|$b|$rest"
printf '  lead  trail  \n' > in
read v < in; echo "[$v]"
IFS= read -r v < in; echo "[$v]"
printf 'back\\slash\n' > in
read v < in; echo "$v"
read -r v < in; echo "$v"
printf 'noeol' > in
read v < in; echo "$? $v"
: > in; read v < in; echo "empty $?"

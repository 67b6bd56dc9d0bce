# Command substitution strips trailing newlines only, keeps inner ones and other whitespace.
a=$(printf 'x\n\n\n'); echo "[$a]"
b=$(printf '\n\nx'); echo "[$b]"
c=$(printf 'x  \t'); printf '[%s]\n' "$c"
d=$(printf 'l1\nl2\n'); echo "$d" | wc -l
e=`echo backtick`; echo "$e"
f=$(echo $(echo nested $(echo deep))); echo "$f"
g="$(printf '%s' "with spaces   inside")"; echo "[$g]"
h=$(cat <<X
from heredoc
X
); echo "$h"
i=$( case x in x) echo matched ;; esac ); echo "$i"
j=$(printf 'a\r\n'); printf '%s' "$j" | od -An -c

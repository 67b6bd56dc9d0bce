# $? after every kind of command, $$ in subshells, ${#*}, LINENO, param errors with status 2
case x in y) ;; esac; echo "case nomatch=$?"
false; for i in; do :; done; echo "empty for=$?"
false; x=1; echo "assign=$?"
x=$(exit 5); echo "assign subst=$?"
x=$(exit 5) y=$(exit 6); echo "two substs=$?"
false; :; echo "colon=$?"
(exit 3); if [ $? -eq 3 ]; then echo "if sees 3"; fi
f() { return; }; false; f; echo "bare return keeps=$?"
[ "$$" = "$(echo $$)" ] && echo "same pid in subst"
( [ "$$" = "$(echo $$)" ] ) && echo "same pid in subshell"
set -- a b c; echo "${#*} ${#@} $#"
echo "line $LINENO"
sh -c 'echo ${undefined?custom message}' 2>/dev/null; echo "param error=$?"
sh -c 'unset v; : ${v:?}' 2>/dev/null; echo "colon-q=$?"
sh -c 'x=1; echo ${x?not shown}'
: > made-by-colon; [ -f made-by-colon ] && echo "colon made a file"
wait; echo "wait none=$?"
! false; echo "bang=$?"

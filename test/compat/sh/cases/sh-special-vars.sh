# Special variables: $LINENO, $PPID, $$ in subshells, $-, $0, $#, IFS default, PWD and OLDPWD.
echo "line $LINENO"
[ -n "$PPID" ] && echo "ppid set"
outer=$$; inner=$(echo $$); [ "$outer" = "$inner" ] && echo "same pid in subshell"
(sub=$$; [ "$sub" = "$outer" ] && echo "subshell keeps \$\$")
case $- in *e*) echo "e on" ;; *) echo "e off" ;; esac
set -e; case $- in *e*) echo "e now on" ;; esac; set +e
set -- a b c; echo "$#"; shift; echo "$# $1"
printf '%s' "$IFS" | od -An -c
cd /; echo "$PWD"; cd /tmp; echo "$OLDPWD $PWD"
f() { echo "func line $LINENO"; }; f
echo "${#}" "${##}" 2>/dev/null
x=5; echo "${x}" "$((x))" "${x:-}"

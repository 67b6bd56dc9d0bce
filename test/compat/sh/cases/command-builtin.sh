echo() { printf 'fn:%s\n' "$*"; }
echo via-function
command echo via-builtin
unset -f echo
command -v node >/dev/null && echo "node found"
command nosuch_zz 2>/dev/null; echo $?

# eval, command, type and command -v: building commands, quoting through eval, builtins vs files
cmd='echo "a  b" c'; eval "$cmd"
v=1; eval "v$v=one"; echo "$v1"
eval 'for i in 1 2; do echo "it $i"; done'
set -- 'x y' z; eval "echo \$1"; eval echo "\"\$1\""
var=name; eval "$var=\"quoted value\""; echo "$name"
eval; echo "empty eval=$?"
eval 'false'; echo "false eval=$?"
command -v echo; command -v cd; command -v sh | sed 's#.*/##'; command -v nosuch; echo "nosuch=$?"
type echo | sed 's/ is .*/ is found/'
f() { echo func; }; command -v f; type f | head -1
command echo via-command
echo() { printf 'wrapped: %s\n' "$*"; }; echo hi; command echo bypassed; unset -f echo; echo restored
alias ll='echo listing'
eval 'll'
command -V true 2>/dev/null | head -1 || true

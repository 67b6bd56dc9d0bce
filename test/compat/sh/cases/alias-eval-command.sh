# alias in scripts, eval of compound commands, command to bypass functions, exec in subshells.
alias ll='echo listing'
ll
alias greet='echo hello'; greet world
unalias greet; greet 2>/dev/null; echo "unalias: $?"
eval 'for i in 1 2; do echo "e$i"; done'
cmd='echo "quoted $((1+1))"'; eval "$cmd"
eval "v=1; w=2"; echo "$v$w"
ls() { echo "function ls"; }
ls
command ls /nonexistent 2>/dev/null; echo "command ls: $?"
unset -f ls
(exec echo "exec in subshell"); echo "after exec"
command -v cd; command -v ls | sed 's|.*/||'
type ll | sed 's/aliased to/is an alias for/'
set -- "a b" c; eval echo '"$1"'

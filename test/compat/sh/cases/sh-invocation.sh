# invoking sh: -c with $0 and args, -s with args from stdin, -e, -u, scripts with args, exit codes
sh -c 'echo "0=$0 1=$1 #=$#"' name a b
sh -c 'echo "$@"' zero one two
echo 'echo "stdin script: $1 $2"' | sh -s x y
sh -e -c 'false; echo not-here'; echo "e status=$?"
sh -u -c 'echo $undefined_var' 2>/dev/null; echo "u status=$?"
sh -c 'exit 42'; echo "exit=$?"
printf 'echo "script $1"\nexit 3\n' > s.sh; sh s.sh arg; echo "script status=$?"
sh nosuch.sh 2>/dev/null; echo "missing script=$?"
sh -c 'echo $- | grep -q e && echo has-e' -e 2>/dev/null || sh -ec 'case $- in *e*) echo has-e ;; esac'
sh -c 'set -- a b c; echo $#'
sh -c "echo 'nested \"quotes\"'"
sh -c 'f() { echo "in f: $1"; }; f "$1"' sh passed
echo 'read x; echo "read: $x"' > r.sh; echo hello | sh r.sh
sh -c 'echo $(( $1 + $2 ))' _ 3 4
sh -c '' ; echo "empty=$?"

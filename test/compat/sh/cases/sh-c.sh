sh -c 'echo inner $0 $1 $#' zero one two
sh -c 'exit 5'; echo $?
sh -c 'echo "$@"' name a "b c"
x=$(sh -c 'echo from-child'); echo "$x"
echo 'echo piped script; exit 2' | sh; echo $?

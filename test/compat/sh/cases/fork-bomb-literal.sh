# The classic `:(){ :|:& };:` is no bomb in a POSIX sh: `:` is a special builtin, not a function name.
echo before
(eval ":(){ :|:& };:")
echo "status=$?"

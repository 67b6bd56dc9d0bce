# . (dot): sourcing files with functions and variables, return from a sourced file, positional params
cat > lib.sh <<'EOF2'
LIBVAR=loaded
greet() { echo "hello $1"; }
[ -n "$EARLY" ] && return 4
echo "lib body ran, args: $#"
EOF2
. ./lib.sh; echo "status=$? $LIBVAR"; greet world
EARLY=1; . ./lib.sh; echo "early status=$?"; unset EARLY
set -- outer1 outer2; . ./lib.sh; echo "after: $*"
. ./nosuch.sh 2>/dev/null || echo "never printed: dot failure exits a non-interactive sh"

[ "abc" \< "abd" ] && echo lt
[ "b" \> "a" ] && echo gt
[ -z "$unset_v" ] && echo z
[ "x$unset_v" = "x" ] && echo xtrick
[ ! "" ] && echo not-empty-neg
test 1 -eq 1 -a 2 -eq 2 && echo both
test -n x -o -z x && echo either
[ ] || echo "empty test false"

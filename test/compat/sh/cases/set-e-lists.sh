# set -e: exempt contexts (&&, ||, !, if/while conditions) and what still exits
set -e
false && echo no
echo after-and
false || echo or-ran
! true
echo after-bang
if false; then :; else echo else-branch; fi
while false; do :; done
f() { false; echo f-continues-in-cond; }
f || echo f-failed
if f; then echo f-true; fi
x=$(false) || echo subst-failed
( set +e; false; echo subshell-plus-e )
true && false || echo and-or-rescued
r=0; false || r=$?; echo r=$r
g() { return 3; }
g || echo "g said $?"
echo before-fail
( false; echo not-printed )
echo not-reached

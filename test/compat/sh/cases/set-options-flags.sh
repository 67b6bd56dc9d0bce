# set: option letters in $-, set -o/+o names, -f noglob, -n noexec via sh -n, -v, -a allexport
touch g1 g2
set -f; echo g*; set +f; echo g*
case $- in *f*) echo f-on ;; *) echo f-off ;; esac
set -o noglob; echo g*; set +o noglob
set -a; AUTO=exported; set +a; sh -c 'echo "child sees: ${AUTO-no}"'
sh -n -c 'echo should-not-run'; echo "noexec status=$?"
sh -n -c 'if then' 2>/dev/null; echo "noexec syntax=$?"
set -o errexit; case $- in *e*) echo e-on ;; esac; set +o errexit
set -u; (echo "$nope") 2>/dev/null; echo "nounset=$?"; set +u
set -- a b; set -e; set +e; echo "$#"

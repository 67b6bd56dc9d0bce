# "$@" vs $* vs "$*" in for, assignments, case, here-docs, nested functions and empty lists
show() { printf '%d:' "$#"; for a in "$@"; do printf '[%s]' "$a"; done; echo; }
set -- 'a b' '' c
show "$@"; show $@; show "$*"; show $*
for i in "$@"; do printf '(%s)' "$i"; done; echo
for i; do printf '{%s}' "$i"; done; echo
x="$@"; echo "x=$x"
y=$*; echo "y=$y"
case "$*" in 'a b  c') echo case-star ;; *) echo other ;; esac
cat <<EOF2
here: $* and $@ and $#
EOF2
show "pre$@post"
show "pre$*post"
set --
show "$@"; show "$*"; show ${1+"$@"}; show "${@}"
set -- one
show "$@" "$@"
f() { show "$@"; g "$@"; }; g() { echo "g got $#"; }
f 'p q' r

t() { if "$@"; then echo "T: $*"; else echo "F: $*"; fi; }
t [ a = a ]
t [ a != a ]
t [ -n "" ]
t [ -z "" ]
t [ 3 -lt 10 ]
t [ 10 -le 3 ]
t [ 5 -ge 5 ]
t [ ! -e /nonexistent ]
t [ -d / ]
t [ -f / ]
t test abc
t test ""
t [ a = a -a b = c ]
t [ a = a -o b = c ]
t [ \( 1 -eq 1 \) ]
: > f; t [ -f f ]; t [ -s f ]; t [ -e f ]
[ 1 -eq x ] 2>/dev/null; echo "bad int $?"

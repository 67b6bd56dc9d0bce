# test / [ ]: files, strings, integers, negation, -a/-o, parentheses, and error statuses
touch f; mkdir d; ln -s f lnk; : > empty; echo x > full; chmod 755 full
t() { if "$@"; then echo "T: $*"; else echo "F($?): $*"; fi; }
t test -f f; t test -d d; t test -e nope; t test -h lnk; t test -L lnk; t test -L f
t test -s empty; t test -s full; t test -r f; t test -w f; t test -x full; t test -x f
t [ abc = abc ]; t [ abc != abc ]; t [ -z "" ]; t [ -n "" ]; t [ x ]; t [ "" ]
t [ 10 -eq 10 ]; t [ 10 -ne 3 ]; t [ 2 -lt 10 ]; t [ 10 -le 9 ]; t [ -3 -gt -4 ]; t [ 5 -ge 5 ]
t [ ! -f f ]; t [ -f f -a -d d ]; t [ -f nope -o -d d ]; t [ \( -f f \) -a ! -d f ]
t [ a \< b ]; t [ b \> a ]
t [ f -nt nope ]; t [ -t 0 ]
t [ = ]; t [ -n ]; t [ ! ]; t [ a = ]
t [ 1 -eq a ] 2>/dev/null
t [ abc 2>/dev/null
t test
t [ ]
t [ 007 -eq 7 ]; t [ " 5" -eq 5 ]

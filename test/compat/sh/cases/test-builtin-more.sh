# test/[ forms scripts use: -e -f -d -s -r -w -x -L -h -n -z, string and integer comparisons, ! -a -o.
touch f; mkdir d; ln -s f l; printf x > s; chmod 755 s
for t in '-e f' '-f d' '-d d' '-s f' '-s s' '-x s' '-x f' '-L l' '-h f' '-r f' '-w f'; do
  if [ $t ]; then echo "$t: yes"; else echo "$t: no"; fi
done
[ -n "" ]; echo "n empty: $?"
[ -z "" ]; echo "z empty: $?"
[ abc = abc ] && [ abc != abd ] && echo strings
[ 10 -gt 9 ] && [ 9 -lt 10 ] && [ 5 -ge 5 ] && [ 5 -le 5 ] && [ 3 -eq 3 ] && [ 3 -ne 4 ] && echo ints
[ ! -e nosuch ] && echo "not exists"
[ -e f -a -d d ] && echo and
[ -e nosuch -o -d d ] && echo or
[ "(" -n x ")" ] && echo parens
[ f -ef l ] && echo same-file
[ abc \< abd ] && echo lt 2>/dev/null
[ 1 -eq a ] 2>/dev/null; echo "bad int: $?"
[ ] ; echo "empty: $?"
[ x ]; echo "one arg: $?"
test -t 0 < f; echo "tty: $?"
[ -e f ]x 2>/dev/null; echo "syntax: $?"

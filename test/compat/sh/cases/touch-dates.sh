# touch: -d, -r, -t, -m, -c, and test's -nt/-ot on the results.
touch -d '2019-05-05 10:00:00' a
touch -t 202001011200 b
touch -r a c
[ b -nt a ] && echo "b newer"
[ a -ot b ] && echo "a older"
[ a -nt c ] || [ c -nt a ] || echo "c same as a"
touch -c nosuch; [ -e nosuch ] || echo "c did not create"
date -r a +%Y-%m-%d
date -r b '+%Y-%m-%d %H:%M'
touch -d '@86400' e; date -u -r e +%F
touch -d 'bogus date' f 2>/dev/null; echo "bad: $?"
touch -d '2020-02-29 10:00:00 +0200' z; date -u -r z '+%F %T'
touch -d '2020-03-01 00:00 2 days ago' r; date -u -r r +%F
touch -d '2020-01-31 +1 month' m; date -u -r m +%F
date -u -d '2001-09-09 01:46:40' +%s
date -u -d '@1000000000 +1 hour' '+%F %T' 2>/dev/null; echo "at plus: $?"
date -u -d '2010-10-10 10:10 next day' '+%F %H:%M'
date -u -d 'Jan 5 2015' +%F
date -u -d '2015-01-05T08:30:00Z' '+%H:%M'

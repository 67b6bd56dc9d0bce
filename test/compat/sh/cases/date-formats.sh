# date: fixed dates in UTC with many format letters, epoch conversions, -d forms, --iso, -R
export TZ=UTC
date -u -d '2023-07-04 09:08:07' '+%Y %C %y %m %B %b %h %d %e %j %H %k %I %l %p %M %S %N %Z %z'
date -u -d '2023-07-04 09:08:07' '+%a %A %u %w %U %W %V %G %g %D %F %T %R %r'
date -u -d '2023-12-31 23:59:59' +%s
date -u -d @1700000000
date -u -d @1700000000 +%c
date -u -d '2024-03-10' +%F
date -u -d '2020-02-29 12:00' '+%x %X'
date -u -d @0 -R
date -u -d @0 --iso-8601=seconds
date -u -d @0 -I
date -u -d '1999-12-31T23:59:59' +%s
date -u -d '@86399' '+%H:%M:%S %%'
date -u -d 'bogus date' 2>/dev/null; echo "bad=$?"
for d in 2021-01-01 2021-01-03 2021-01-04 2020-12-31 2024-12-30 2027-01-01; do date -u -d "$d" '+%F %U %W %V %G %g'; done

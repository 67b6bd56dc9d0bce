# date: -u -d with +%s %N %j %U %V %G %e %k %l %p %y %C %u %w %Z %z %:z, -I, -R, --rfc-3339.
d='2024-02-29 13:05:09'
date -u -d "$d" '+%Y-%m-%d %H:%M:%S'
date -u -d "$d" +%s
date -u -d "$d" '+%j %U %W %V %G %g'
date -u -d "$d" '+%e|%k|%l|%p|%P|%y|%C|%u|%w'
date -u -d "$d" '+%a %A %b %B %h %D %F %T %R %r'
date -u -d "$d" '+%Z %z %:z'
date -u -d "$d" '+%N' | cut -c1-3
date -u -d "$d" '+%%|%n|%t|' | od -An -c
date -u -d "$d" -I
date -u -d "$d" -Iseconds
date -u -d "$d" -R
date -u -d "$d" --rfc-3339=seconds
date -u -d @0 '+%c'
date -u -d '1999-12-31 23:59:59 +1 second' +%F
date -u -d "$d" '+%-d %-m %_H %03d'
date -u -d 'garbage' 2>/dev/null; echo "bad: $?"
date -u +%s | grep -q '^[0-9]*$' && echo numeric

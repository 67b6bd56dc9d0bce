# basename/dirname edge cases, seq forms, date with fixed -d, cat -n/-b/-s/-A, tee -a
for p in /usr/lib/ /usr/lib usr / // . .. a/b/ '' /a//b// a; do
  printf '%s|%s|%s\n' "$p" "$(basename "$p")" "$(dirname "$p")"
done
basename file.tar.gz .gz; basename /x/file.c .c; basename .c .c; basename -s .txt a.txt b.txt 2>/dev/null || basename a.txt .txt
basename -a /x/y /z/w
seq 3; seq 2 4; seq 1 3 10; seq 5 -2 1; seq -s, 1 4; seq -w 8 11; seq 1 0; seq 0.5 0.5 2
seq -f '%03g' 1 3; seq -f 'item-%g' 2 2
date -u -d @0 +%Y-%m-%dT%H:%M:%S
date -u -d '2024-02-29 13:05:09' '+%a %b %d %j %u %y %H %I %p %M %S %%'
date -u -d @86400 +%s
date -u -d '2024-01-01' +%A
printf 'a\n\n\nb\n\tc\n' > f
cat -n f; cat -b f; cat -s f; cat -A f; cat -E f | head -1; cat -T f | tail -1
echo one | tee out.txt >/dev/null; echo two | tee -a out.txt; cat out.txt
echo three | tee t1 t2 > /dev/null; cat t1 t2

# Parsing a log: grep -E alternation, sed captures, sort | uniq -c, tr squeezing, cut fields.
cat > app.log <<'X'
2024-01-01 10:00:01 INFO  start pid=12
2024-01-01 10:00:05 WARN  disk 91%
2024-01-01 10:01:00 ERROR db timeout after 30s
2024-01-01 10:02:00 INFO  request id=7 took 12ms
2024-01-01 10:03:00 ERROR db timeout after 31s
2024-01-01 10:04:00 INFO  request id=8 took 40ms
X
grep -E 'WARN|ERROR' app.log | cut -d' ' -f3 | sort | uniq -c
grep -o 'took [0-9]*ms' app.log | sed 's/took \([0-9]*\)ms/\1/' | sort -n | tail -1
tr -s ' ' < app.log | cut -d' ' -f3 | sort | uniq -c | sort -k1,1nr -k2
sed -n 's/.*ERROR \(.*\) after.*/\1/p' app.log | sort -u
grep -n ERROR app.log | cut -d: -f1 | paste -sd, -
awk_free_sum=0
for ms in $(grep -o '[0-9]*ms' app.log | tr -d 'ms'); do awk_free_sum=$((awk_free_sum + ms)); done
echo "total ms: $awk_free_sum"
grep -c '' app.log
grep -v INFO app.log | wc -l

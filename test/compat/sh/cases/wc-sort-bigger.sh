# Utilities over bigger generated input: a 20000-line file through sort, uniq, cut, wc, md5sum.
i=0; : > data
seq 1 20000 | sed 's/$/,item/' > data
wc -l data
sort -t, -k1,1nr data | head -2
cut -d, -f1 data | sort -n | tail -1
cut -d, -f2 data | uniq -c
md5sum < data
sha256sum data | cut -c1-16
grep -c '^1' data
tail -c 11 data
head -c 20 data | od -c | head -1

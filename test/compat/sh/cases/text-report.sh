# text processing: a CSV report with sort/cut/uniq/awk-free tools, totals in shell arithmetic
cat > sales.csv <<'EOF2'
region,product,qty
north,apple,10
south,pear,4
north,pear,7
east,apple,3
south,apple,12
north,apple,5
EOF2
tail -n +2 sales.csv | cut -d, -f1 | sort | uniq -c | sort -k1,1nr -k2
tail -n +2 sales.csv | cut -d, -f2 | sort -u | tr '\n' ' '; echo
for r in $(tail -n +2 sales.csv | cut -d, -f1 | sort -u); do
  sum=0
  for q in $(grep "^$r," sales.csv | cut -d, -f3); do sum=$((sum + q)); done
  printf '%-6s %3d\n' "$r" "$sum"
done
tail -n +2 sales.csv | sort -t, -k3,3n | head -1
tail -n +2 sales.csv | sort -t, -k3,3nr | head -1 | cut -d, -f1,2 | tr , ' '
grep -c apple sales.csv
sed -n '2,$p' sales.csv | tr ',' '\t' | sort -k2,2 -k3,3n | head -3
IFS=,; while read -r reg prod qty; do [ "$reg" = region ] && continue; echo "$prod@$reg=$qty"; done < sales.csv | sort | head -3

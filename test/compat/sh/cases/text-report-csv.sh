# Text processing on a CSV: cut/sort/uniq/join-free aggregation with while read and arithmetic.
cat > sales.csv <<'X'
region,product,qty
north,apple,3
south,pear,5
north,pear,2
east,apple,7
south,apple,1
north,apple,4
X
tail -n +2 sales.csv | cut -d, -f1 | sort | uniq -c | sort -rn
echo --
tail -n +2 sales.csv | sort -t, -k3,3nr | head -2
echo --
for r in $(tail -n +2 sales.csv | cut -d, -f1 | sort -u); do
  total=0
  while IFS=, read -r region product qty; do
    [ "$region" = "$r" ] && total=$((total + qty))
  done < sales.csv
  printf '%-6s %3d\n' "$r" "$total"
done
echo --
grep -c ',apple,' sales.csv
sed -n '2,$s/,\([a-z]*\),/ [\1] /p' sales.csv | tr 'a-z' 'A-Z' | head -3

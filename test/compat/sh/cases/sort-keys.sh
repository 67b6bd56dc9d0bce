# sort by fields and numbers, reverse, unique, stable ties.
cat > data <<'EOF2'
pear:3:green
apple:10:red
fig:3:purple
banana:2:yellow
apple:1:green
EOF2
sort -t: -k2,2n -k1,1 data
sort -t: -k1,1 -u data | cut -d: -f1
sort -r data | head -2
sort -t: -k3 data | cut -d: -f3 | tr '\n' ' '; echo
sort -n -t: -k2 data | tail -1

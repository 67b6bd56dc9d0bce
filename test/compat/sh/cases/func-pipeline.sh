# Shell functions as pipeline stages and filters.
upper() { tr a-z A-Z; }
number() { n=0; while read -r l; do n=$((n+1)); echo "$n: $l"; done; }
printf 'x\ny\n' | upper | number
count_lines() { wc -l | tr -d ' '; }
seq 7 | count_lines
seq 3 | { upper; echo done; } | tail -1

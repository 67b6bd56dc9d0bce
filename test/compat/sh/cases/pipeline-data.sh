# Data pipelines: tee into files mid-pipe, sort -u counts, here-doc to a pipeline, large line counts.
seq 1 2000 | tee all | grep 7 | wc -l
wc -l < all
seq 1 1000 | sort -rn | head -3
seq 1 500 | sed -n '$p'
yes line | head -n 10000 | sort -u
seq 100 | paste -sd+ - | sed 's/+/ + /g' | cut -c1-20
cat <<X | sort | uniq -c | sort -rn | head -2
b
a
b
c
b
a
X
seq 1 50000 | tail -1
seq 1 3 | tr '\n' ' ' | sed 's/ $/\n/'
printf '%s\n' one two three | cat -n | tac

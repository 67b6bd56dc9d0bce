# Making files in a loop, then globbing, cat and sort -r over them.
for i in $(seq 3); do echo "line $i" > "f$i.txt"; done
cat f*.txt | sort -r
ls *.txt | wc -l
ls | sed 's/\.txt$//' | tr '\n' ' '; echo
rm f2.txt
ls
for f in *.txt; do printf '%s:%s\n' "$f" "$(cat "$f")"; done

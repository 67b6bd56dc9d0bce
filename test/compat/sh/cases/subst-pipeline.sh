# Command substitution of pipelines, nested, in arithmetic and in loops.
n=$(seq 20 | grep -c 1)
echo "n=$n"
echo "$(echo abc | tr a-c x-z)$(printf '%s' -end)"
echo $(( $(seq 4 | wc -l) * 10 ))
for w in $(echo 'c b a' | tr ' ' '\n' | sort); do printf '[%s]' "$w"; done; echo
x=$(printf 'a\n\n\n'); echo "x=<$x>"
echo "$(seq 3 | sort -r | head -1)"

# generating and batching: seq into xargs batches, head/tail windows, numbering with paste and nl
seq 1 10 | xargs -n 3 | while read -r a b c; do echo "${a}-${c:-end}"; done
seq 1 10 | head -n 7 | tail -n 3 | paste -sd' '
seq 20 | sed -n '5,8p' | xargs
seq 3 | xargs -I{} sh -c 'echo "item {}: $(( {} * {} ))"'
printf 'a\nb\nc\n' | xargs -n1 -I% echo "<%>"
seq 5 | xargs printf '%02d\n' | tail -2
seq 1 3 | xargs -n2 echo pair
printf 'x y\nz\n' | xargs -L1 | cat -A
seq 100 | tail -c 8 | od -c | head -1

# head and tail in pipelines: windows, -n +N, -c, and yes | head.
seq 100 | head -20 | tail -5 | tr '\n' ' '; echo
seq 10 | tail -n +8
seq 1 3 20 | tr '\n' ,; echo
printf 'abcdef' | head -c 3; echo
yes ok | head -3
seq 5 | head -n -2

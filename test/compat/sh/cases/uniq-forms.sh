# uniq after sort: -c, -d, -u, and case folding.
printf 'b\na\nb\nc\na\nb\n' > in
sort in | uniq -c | sed 's/^ *//'
sort in | uniq -d
sort in | uniq -u
printf 'A\na\nB\n' | uniq -i
printf 'x\nx\ny\n' | uniq

# tee into files and on down the pipe; tee -a appends.
echo hello | tee a b | tr h H
cat a b
echo more | tee -a a > /dev/null
cat a
seq 3 | tee c | wc -l
cat c | tr '\n' ' '; echo

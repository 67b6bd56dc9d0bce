echo one \
  two \
  three
x=a\
b; echo $x
if true &&
   true; then echo cont-and; fi
echo a |
  node -e "process.stdin.pipe(process.stdout)"

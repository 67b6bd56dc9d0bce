outer() {
  for i in 1 2; do
    inner $i
  done
}
inner() {
  j=0
  while [ $j -lt $1 ]; do
    printf '%s.%s ' $1 $j
    j=$((j+1))
  done
}
outer; echo

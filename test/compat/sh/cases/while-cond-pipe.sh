i=0
while node -e "process.exit($i < 3 ? 0 : 1)"; do
  echo "iter $i"
  i=$((i+1))
done
until [ $i -eq 0 ]; do i=$((i-1)); done; echo "back to $i"

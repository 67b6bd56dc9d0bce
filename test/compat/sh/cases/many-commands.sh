i=0
while [ $i -lt 5 ]; do
  node -e "console.log('run', process.argv[1])" $i
  i=$((i+1))
done

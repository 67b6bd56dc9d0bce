read first
echo "first=$first"
while read line; do echo "rest=$line"; done

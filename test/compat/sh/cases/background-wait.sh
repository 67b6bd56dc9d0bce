node -e "setTimeout(()=>console.log('bg done'),50)" &
pid=$!
[ -n "$pid" ] && echo "have pid"
wait $pid; echo "wait status $?"
node -e "process.exit(7)" &
wait $!; echo "status $?"
node -e "console.log('b1')" > b1.txt &
node -e "console.log('b2')" > b2.txt &
wait
read x < b1.txt; read y < b2.txt; echo "$x $y"

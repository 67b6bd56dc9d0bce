node -e "setTimeout(()=>{},10000)" &
p=$!
kill $p
wait $p; echo "killed $?"
node -e "setTimeout(()=>{},10000)" &
kill -9 $!
wait $!; echo "killed9 $?"
kill -l >/dev/null && echo listed

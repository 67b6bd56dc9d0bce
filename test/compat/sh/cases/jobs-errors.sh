# Job specs that name no job, and fg/bg without job control: dash's statuses.
wait %9; echo "wait=$?"
jobs %9; echo "jobs=$?"
kill %9; echo "kill=$?"
fg %9; echo "fg-missing=$?"
fg; echo "fg-none=$?"
bg; echo "bg-none=$?"
wait %x; echo "wait-name=$?"
sleep 0.1 &
fg; echo "fg-nojc=$?"
bg %1; echo "bg-nojc=$?"
wait
echo "end=$?"

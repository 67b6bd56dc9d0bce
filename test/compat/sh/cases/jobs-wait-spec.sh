# wait with job specs: %% and %+ name the current job, %- the previous, %n by number.
(exit 5) &
wait %%
echo "current=$?"
(exit 6) &
wait %+
echo "plus=$?"
sleep 0.1 &
(exit 4) &
wait %-
echo "previous=$?"
wait %2
echo "second=$?"
sleep 0.1 &
sleep 0.2 &
wait %1 %2
echo "both=$?"
(exit 3) &
wait "%1"
echo "quoted=$?"

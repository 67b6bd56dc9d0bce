# A subshell (pipeline stage, command substitution, ( )) starts with no jobs of its own.
sleep 0.3 &
jobs -p | wc -l
n=$(jobs -p | wc -l)
echo "subst=$n"
(jobs; echo "in-subshell=$?")
jobs -p >/dev/null
echo "top=$?"
wait

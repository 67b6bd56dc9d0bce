# Exit status of pipelines: the last command's, ! negates; set -e ignores non-last failures.
false | true; echo "a=$?"
true | false; echo "b=$?"
! echo x | grep -q y; echo "c=$?"
echo abc | grep -q b && echo found
seq 3 | grep -q 4 || echo "not found"
set -e
false | true
echo "still here"

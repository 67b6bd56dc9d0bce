cd /nonexistent 2>/dev/null
echo "status $?"
: > file
cd file 2>/dev/null; echo "file status $?"
HOME=/tmp; cd; pwd

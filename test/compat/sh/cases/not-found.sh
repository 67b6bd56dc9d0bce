nosuchcommand_xyz
echo $?
./nosuch
echo $?

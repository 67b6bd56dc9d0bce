echo 'a\nb'
echo 'tab\tx'
echo 'stop\cnever'
echo after
echo -n 'x\n'
echo '\0101'

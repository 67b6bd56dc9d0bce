# Redirections around pipes: 2>&1 >/dev/null, exec'd fds, swapping stdout and stderr.
ls nosuch-file 2>&1 >/dev/null | wc -l
exec 3>saved
echo one >&3
echo two >&3
exec 3>&-
cat saved
{ echo to-err >&2; echo to-out; } 3>&1 1>&2 2>&3 | tr a-z A-Z
cat < saved | grep -c o

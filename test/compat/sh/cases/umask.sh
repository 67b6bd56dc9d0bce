umask 022
umask
umask -S
umask 077
umask
: > private.txt
node -e "console.log((require('fs').statSync('private.txt').mode & 0o777).toString(8))"
(umask 000; umask)
umask
umask 9x 2>/dev/null; echo "bad $?"

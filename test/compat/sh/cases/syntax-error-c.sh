sh -c 'echo ok; (' 2>/dev/null; echo "status $?"
sh -c 'fi' 2>/dev/null; echo "status $?"
sh -c 'echo "unterminated' 2>/dev/null; echo "status $?"

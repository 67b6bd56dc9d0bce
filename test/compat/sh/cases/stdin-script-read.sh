printf 'read x\nhello from next line\necho "x=$x"\nexit 3\n' | sh
echo "status $?"
printf 'echo one\nif true; then\n  echo two\nfi\n' | sh
printf 'echo before\nif then\necho after\n' | sh 2>/dev/null
echo "syntax $?"

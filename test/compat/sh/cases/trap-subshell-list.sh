# trap listings inside subshells and command substitutions: only the subshell's own (and ignored) traps
trap 'echo main' INT
trap '' QUIT
echo "subst: [$(trap)]"
t=$(trap 'echo x' TERM; trap); echo "own: [$t]"
( trap 'echo y' HUP; trap )
trap
( trap - INT; trap )
trap - INT QUIT
echo "cleared: [$(trap)]"

f() { return 3; }
if f; then echo yes; else echo "no $?"; fi
f && echo and || echo "or $?"

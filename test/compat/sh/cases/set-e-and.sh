set -e
false && echo no
echo survived
x=$(false) || echo caught
f() { false; echo in-f; }
f || true
echo end

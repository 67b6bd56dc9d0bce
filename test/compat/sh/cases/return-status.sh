f() { false; }
f; echo $?
g() { true; return; }
g; echo $?
h() { (exit 5); return; }
h; echo $?
k() { return 300; }
k; echo $?

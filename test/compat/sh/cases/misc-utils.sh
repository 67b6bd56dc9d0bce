# Small utilities scripts call: nproc, uname, sleep, yes, true/false, which, printenv, hostname shapes.
nproc | grep -q '^[1-9][0-9]*$' && echo "nproc ok"
uname -s
uname | head -1
[ "$(uname -s)" = "$(uname)" ] && echo "uname default is -s"
sleep 0.1; echo "sleep: $?"
sleep 0; echo "sleep 0: $?"
sleep bogus 2>/dev/null; echo "sleep bad: $?"
yes | head -3
yes abc | head -2
true extra args; echo "true: $?"
false; echo "false: $?"
which sh >/dev/null; echo "which: $?"
which nosuchprog 2>/dev/null; echo "which none: $?"
FOO=bar printenv FOO
printenv NOSUCHVAR; echo "printenv none: $?"
hostname | grep -q . && echo "hostname ok"

a=1; unset a; echo "[${a-unset}]"
f() { echo f; }; unset -f f; f 2>/dev/null || echo "f gone"
readonly r=1
r=2 2>/dev/null
echo $r

f() { echo "in f"; echo "err f" >&2; }
f > fout 2>&1
while read l; do echo "[$l]"; done < fout
g() { echo "g out"; } >gout
g; read v < gout; echo "$v"

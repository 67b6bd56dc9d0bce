# Bytes that are not UTF-8 through variables, read, here-docs, case and pipes.
b=$(printf '\200\377')
printf '%s' "$b" | od -An -tx1
printf '%s\n' "$b" > f; od -An -tx1 f
read -r v < f; printf %s "$v" | od -An -tx1
echo "${#b}"
case $b in ?\377) echo "matched byte" ;; *) echo "no match" ;; esac
c="x${b}y"; printf %s "${c#x}" | od -An -tx1
cat <<EOF2 | od -An -tx1
$b
EOF2
printf 'caf\303\251\n' | { read -r w; echo "${#w}"; printf %s "$w" | od -An -tx1; }
set -- "$b"; printf %s "$1" | wc -c
for x in $b; do printf %s "$x" | wc -c; done
export BYTES="$b"; sh -c 'printf %s "$BYTES"' | od -An -tx1

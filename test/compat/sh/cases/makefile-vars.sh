# config-file parsing as scripts do it: key=value files, comments, defaults, sourcing vs. reading
cat > app.conf <<'EOF2'
# comment line
name = demo app
port=8080
  debug = yes   
empty=
EOF2
while IFS='=' read -r key value; do
  case $key in '#'*|'') continue ;; esac
  key=$(echo "$key" | tr -d ' ')
  value=$(echo "$value" | sed 's/^ *//;s/ *$//')
  printf '%s -> [%s]\n' "$key" "$value"
done < app.conf
grep -v '^#' app.conf | grep -c =
port=$(sed -n 's/^port=//p' app.conf); echo "port+1=$((port + 1))"
get() { sed -n "s/^ *$1 *= *//p" app.conf | sed 's/ *$//'; }
echo "name=[$(get name)] debug=[$(get debug)] missing=[$(get nope)]"
: "${LOGLEVEL:=info}"; echo "loglevel=$LOGLEVEL"
cat > vars.sh <<'EOF2'
A=1
B="two words"
EOF2
. ./vars.sh; echo "$A/$B"

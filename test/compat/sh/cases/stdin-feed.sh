# the script's stdin (from the sidecar): read loops, sort of stdin, cat -, head on the rest
read -r first_line
echo "first: $first_line"
while read -r name num; do
  [ -z "$name" ] && { echo "(blank)"; continue; }
  echo "$name has $num"
done
echo "after loop: [$name]"

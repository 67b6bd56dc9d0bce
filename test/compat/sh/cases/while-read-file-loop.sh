printf 'k1=v1\nk2=v2\n\nk3=v3\n' > conf
n=0
while IFS='=' read -r k v; do
  [ -z "$k" ] && continue
  n=$((n+1))
  echo "$n $k -> $v"
done < conf
echo "total $n"

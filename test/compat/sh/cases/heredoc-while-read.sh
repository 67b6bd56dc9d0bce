# A here-document fed to a while-read loop with IFS, and a loop's output piped on.
total=0
while IFS=: read -r name age; do
  echo "$name is $age"
  total=$((total + age))
done <<EOF2
ann:31
ben:27
cy:42
EOF2
echo "total=$total"
while read -r a b; do echo "$b $a"; done <<'EOF2' | sort
x 3
y 1
z 2
EOF2

# Generating files with here-documents: expansion on and off, tabs stripped, nested commands.
name=web port=8080
cat > svc.conf <<EOF2
[service]
name=$name
port=$((port + 1))
started_by=$(echo installer)
literal=\$HOME
EOF2
cat svc.conf
cat <<'EOF2' > raw.txt
$name $(not run) `nor this`
EOF2
cat raw.txt
if true; then
	cat <<-EOF2
	tab-indented $name
		deeper
	EOF2
fi
while read -r line; do echo "> $line"; done <<EOF2
one
$name
EOF2
wc -l < svc.conf

# Here-documents into pipelines; quoted and unquoted bodies, <<- tabs.
v=world
sort <<EOF2 | uniq
b $v
a
b $v
EOF2
cat <<'EOF2' | grep -n '\$v'
literal $v
EOF2
	cat <<-EOF2 | tr a-z A-Z
	indented $v
	EOF2

# here-docs with expansions of special params, arithmetic, nested quotes, and command output inside
set -- first second
cat <<EOF2
args: $# "$1" '$2' $@
arith: $((3*4)) nested: ${1%st}
quote chars stay: "double" 'single' \`back\`
EOF2
name=World
cat <<EOF2 | sed 's/World/Earth/'
Hello, $name!
EOF2
cat <<'A' <<'B'
from A
A
from B
B
tr a-z A-Z <<EOF2
$(echo command output)
EOF2

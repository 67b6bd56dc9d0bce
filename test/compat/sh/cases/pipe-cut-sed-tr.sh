# A passwd-like table through cut, grep, sed and tr.
cat > users <<'EOF2'
# name:uid:shell
root:0:/bin/sh
alice:1000:/bin/bash
bob:1001:/bin/sh
EOF2
grep -v '^#' users | cut -d: -f1,2 | sed 's/:/ => /' | tr a-z A-Z
grep -c /bin/sh users
cut -d: -f3 users | sort | uniq -c | sed 's/^ *//'
sed -n '/alice/,/bob/p' users | cut -d: -f1

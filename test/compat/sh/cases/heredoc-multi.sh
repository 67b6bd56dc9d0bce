r() { while read -r l; do echo "$1:$l"; done; }
r A <<X; r B <<Y
x1
X
y1
Y
a=1
r C <<EOT
$a ${a} $(echo sub) `echo bq` \$a \\
EOT

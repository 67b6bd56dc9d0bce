show() {
  while read -r l; do echo "> $l"; done <<EOT
first $1
second
EOT
}
show A
show B

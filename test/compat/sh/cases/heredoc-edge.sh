# here-documents: in pipelines, with redirections, to read loops, variable expansion rules, tabs
cat <<EOF2 | tr a-z A-Z
lower $((1+1)) text
EOF2
x='$y'; cat <<EOF2
x=$x braces=${x} sub=$(echo s) bq=`echo b` esc=\$x back=\\ q='$x' dq="$x"
EOF2
cat <<'EOF2' > out.txt
raw $x `cmd`
EOF2
cat out.txt
cat << EOF2
space before delimiter word
EOF2
cat <<-	EOF2
		tabs stripped
	EOF2
read -r first <<EOF2
only first
second
EOF2
echo "$first"
cat <<EOF2 >> out.txt
appended
EOF2
wc -l < out.txt
f() {
  cat <<EOF2
func arg=$1
EOF2
}
f given
if true; then cat <<EOF2; fi
in-if
EOF2
cat <<EOF2
line with trailing backslash \
continued
EOF2

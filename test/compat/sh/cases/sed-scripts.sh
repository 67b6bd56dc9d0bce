# sed programs as scripts write them: -f files, multiple -e, comments, labels and branches, w, r
printf 'one\ntwo\nthree\nfour\n' > in
cat > prog.sed <<'EOF2'
# uppercase lines with an o, number the rest
/o/{
  s/.*/\U&/
  b
}
=
EOF2
sed -f prog.sed in
sed -e '/two/,/three/{' -e 's/^/> /' -e '}' in
sed ':a;N;$!ba;s/\n/,/g' in
sed -n '/t/{s/t/T/;p}' in
sed 's/o/0/;t done;s/$/ (no o)/;:done' in
sed -n '2{n;p}' in
sed '1!G;h;$!d' in
sed -n 'l' in | head -2
printf 'a b c\n' | sed 's/ /\
/g'
sed 'w copy.txt' in > /dev/null; cat copy.txt | wc -l
printf 'INSERTED\n' > ins; sed '2r ins' in
sed '$a\
END' in | tail -2
sed -n '$=' in
sed 's/[[:space:]]*$//;s/^[[:space:]]*//' <<EOF2
   padded   
EOF2
sed -E 's/(one|two)/[\1]/' in
sed '/^$/d' <<EOF2

x

y
EOF2

# diff's output and exit statuses in scripts.
printf 'a\nb\nc\n' > x
printf 'a\nB\nc\n' > y
diff x y; echo "status=$?"
diff x x; echo "same=$?"
diff -q x y >/dev/null; echo "q=$?"
if diff x y >/dev/null; then echo equal; else echo differ; fi

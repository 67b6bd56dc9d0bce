# find | sort | xargs over a small tree, and -exec with {} \;
mkdir -p src/a src/b
for f in one two three; do echo "file $f" > src/a/$f.txt; done
echo log > src/b/x.log
echo other > src/b/y.txt
find src -name '*.txt' | sort | xargs cat
find src -type f | sort | xargs -n1 basename
find src -name '*.log' -exec rm {} \;
find src -type f | wc -l
find src -type d | sort

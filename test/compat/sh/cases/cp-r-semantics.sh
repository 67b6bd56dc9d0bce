# cp -r and mv into existing directories, src/. copies, trailing slashes, and mkdir -p over a file.
mkdir -p src/in; echo a > src/f; echo b > src/in/g
mkdir dst; cp -r src dst; find dst | sort
mkdir dst2; cp -r src/. dst2; find dst2 | sort
cp -r src/ dst3; find dst3 | sort
mkdir t; touch x y; mv x y t; ls t
mv t/ t2; ls -d t2
rm -r t2/; [ -e t2 ] || echo "removed with slash"
touch file; mkdir -p file/sub 2>/dev/null; echo "mkdir over file: $?"
cp -r src src/in 2>/dev/null; echo "into itself: $?"
mv src src/in 2>/dev/null; echo "mv into itself: $?"
cp src/f src/f 2>/dev/null; echo "same file: $?"
ln -s src lsrc; cp -r lsrc ldst; [ -L ldst ] && echo "cp -r copies the link itself"
cp -rH lsrc hdst 2>/dev/null; [ -d hdst ] && [ ! -L hdst ] && echo "-H follows the operand"

# file utilities: cp -r/-p, mv, rm -rf, ln -s, readlink -f, realpath, mkdir -p -m, touch -r, stat -c, chmod
mkdir -p src/deep/er; echo a > src/a; echo b > src/deep/b; echo c > src/deep/er/c
cp -r src dst; find dst -type f | sort
cp src/a src/a2; mv src/a2 src/moved; ls src | sort | tr '\n' ' '; echo
mv src/moved dst/; ls dst | sort | tr '\n' ' '; echo
ln -s deep/b src/link; readlink src/link; cat src/link
readlink -f src/link | sed 's#.*/\(src/.*\)#\1#'
realpath src/deep/../a | sed 's#.*/##'
mkdir -p -m 700 private/x; stat -c %a private/x; stat -c '%n %s' src/a
chmod 640 src/a; stat -c %a src/a; chmod u+x,g-r src/a; stat -c %a src/a; chmod a=r src/a; ls -l src/a | cut -c1-10
touch -r src/a src/deep/b; [ src/deep/b -nt src/a ] && echo newer || echo "not newer"
rm -rf dst/deep; find dst | sort
rm src/nosuch 2>/dev/null; echo "rm missing=$?"; rm -f src/nosuch; echo "rm -f missing=$?"
rmdir src 2>/dev/null; echo "rmdir nonempty=$?"
mkdir empty; rmdir empty; [ -d empty ] || echo "removed"
cp src/nosuch x 2>/dev/null; echo "cp missing=$?"
mkdir src/deep 2>/dev/null; echo "mkdir exists=$?"
ln -s /nowhere dangling; [ -L dangling ] && [ ! -e dangling ] && echo dangling
ls -a src | tr '\n' ' '; echo
ls -1 src/deep; ls -d src/deep; ls src/deep/er

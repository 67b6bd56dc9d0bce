# grep -r with --include, --exclude, --exclude-dir, -l and -L, file name order.
mkdir -p src/lib src/.git docs
echo 'TODO: one' > src/a.c
echo 'TODO: two' > src/lib/b.h
echo 'nothing' > src/lib/c.c
echo 'TODO: git' > src/.git/config
echo 'TODO: docs' > docs/readme.md
grep -r TODO . | sort
grep -rl TODO --include='*.c' . | sort
grep -rl TODO --exclude='*.md' . | sort
grep -rl TODO --exclude-dir=.git . | sort
grep -rL TODO src | sort
grep -rn TODO src/lib
grep -rc TODO src | sort
grep -R --include='*.h' -h TODO .

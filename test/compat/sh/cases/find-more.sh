# find: -prune, -depth ordering, -perm, -newer chains, -exec with sh -c, -print0 into xargs -0
mkdir -p t/keep/sub t/skip/sub t/'with space'; touch t/keep/a.c t/keep/sub/b.c t/skip/c.c t/'with space'/d.c
chmod 755 t/keep/a.c
find t -name skip -prune -o -name '*.c' -print | sort
find t -path t/skip -prune -o -type f -print | sort
find t/keep -depth | head -3
find t -type f -perm -u+x
find t -type f -perm 755
find t -name '*.c' -print0 | xargs -0 -n1 basename | sort
find t -type f -exec sh -c 'echo "$(basename "$1") in $(basename "$(dirname "$1")")"' _ {} \; | sort
find t -type d -name sub | sort | wc -l
find t -iname 'A.C'
find t -type f -name '*.c' ! -path '*skip*' ! -path '*space*' | sort
find t -maxdepth 2 -type d | sort
find . -name nothing-matches; echo "none status=$?"
find nosuchdir 2>/dev/null; echo "missing status=$?"
find t -newer t/keep/a.c -type f | wc -l
find t -type f | wc -l

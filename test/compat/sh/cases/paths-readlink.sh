# realpath, readlink -f/-e/-m, mktemp templates, and path normalisation scripts rely on.
mkdir -p a/b; ln -s a/b lb; ln -s ../a a/up; touch a/b/f
realpath lb/f | sed "s|^$PWD/||"
readlink -f lb/../b 2>/dev/null | sed "s|^$PWD/||"; echo "f: $?"
readlink -f a/up/b/f | sed "s|^$PWD/||"
readlink -e nosuch/x; echo "e: $?"
readlink -m nosuch/x/../y | sed "s|^$PWD/||"
readlink lb; readlink a/b/f; echo "not link: $?"
realpath -s lb/f | sed "s|^$PWD/||"
realpath --relative-to=a/b a 2>/dev/null
t=$(mktemp tmp.XXXXXX); [ -f "$t" ] && echo "mktemp file"; case $t in tmp.??????) echo shaped ;; esac
d=$(mktemp -d dir.XXXX); [ -d "$d" ] && echo "mktemp dir"
mktemp bad 2>/dev/null; echo "too few X: $?"
u=$(mktemp -u x.XXX); [ -e "$u" ] || echo "dry run"
ls -ld "$d" | cut -c1-10

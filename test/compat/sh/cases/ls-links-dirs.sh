# ls on symlinks to directories (-l, -L, -d, trailing slash), -la counts, and -F markers.
mkdir real; touch real/inside; ln -s real lnk; ln -s nowhere broken
ls lnk
ls -l lnk | sed 's/.* lnk/lnk/'
ls -lL lnk | grep -v '^total' | cut -c1
ls -d lnk
ls lnk/
ls -F lnk broken real
ls -la real | grep -c .
ls -lA real | grep -c .
ls broken; echo "broken: $?"
ls -L broken 2>/dev/null; echo "broken -L: $?"

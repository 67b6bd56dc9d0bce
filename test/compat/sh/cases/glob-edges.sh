# globbing: no match stays literal, brackets, classes, negation, dotfiles, directories, quoting
touch a1 a2 b1 .hidden 'sp ace' 'x[1]' ab.txt AB.TXT; mkdir -p dir1/sub dir2
echo a*; echo [ab]1; echo [!a]1; echo [^a]1; echo ?1; echo *.txt; echo *.TXT
echo [[:digit:]]* | wc -w; echo *[[:upper:]]*; echo a[[:digit:]]
echo nomatch*; echo "a*"; echo 'a*'; echo a\*; echo zz[; echo [a
echo .*; echo *; echo */; echo dir*/*
echo 'x['*; echo x\[1\]; for f in x*; do echo "file: $f"; done
for f in *.none; do echo "loop: $f"; done
set -f; echo a*; set +f; echo a?
v='a*'; echo $v; echo "$v"
ls -d d*
case a1 in a[0-9]) echo case-glob ;; esac
echo [z-a] 2>/dev/null; echo [a-]1
echo dir1/*/ 

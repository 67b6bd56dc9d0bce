# Links through the file utilities: cp -a/-P/-L, sed -i on a symlink, hard link counts, find -type l / -L, mv over dirs.
echo data > t; ln -s t sl; ln t hl
stat -c '%h' t
cp -a sl copy_a; [ -L copy_a ] && echo "cp -a keeps link"
cp sl copy_plain; [ -L copy_plain ] || echo "cp follows link"
cp -P sl copy_P; readlink copy_P
mkdir d; ln -s ../t d/up
cp -r d d2; [ -L d2/up ] && echo "cp -r keeps links"
cp -rL d d3; [ -L d3/up ] || echo "cp -rL follows"
sed -i 's/data/DATA/' sl; [ -L sl ] && echo "sed -i on link: link kept?" || echo "sed -i replaced link"
cat t
find . -type l | sort
find -L . -type l 2>/dev/null | sort
find . -samefile t 2>/dev/null | sort
mkdir -p m1/x m2; mv m1/x m2/; ls m2
mkdir -p e1 e2/e1; mv e1 e2/; ls e2
mkdir -p f1/sub f2/f1/sub; touch f2/f1/sub/x; mv f1 f2/ 2>/dev/null; echo "mv onto non-empty: $?"
rm hl; stat -c '%h' t
ln -f t hl2; ln -f t hl2; stat -c '%h' t
echo v > tgt; ln -s tgt fl; sed -i --follow-symlinks 's/v/V/' fl; [ -L fl ] && echo "followed: link kept"; cat tgt
echo w > bk; ln -s bk bl; sed -i.orig 's/w/W/' bl; [ -L bl.orig ] && echo "backup is the link"; cat bl

# ls -l: the mode column and the total line; -ld on a directory; a symlink's arrow; -n ids.
mkdir d
printf 'hello\n' > d/f
chmod 640 d/f
mkdir d/x
chmod 750 d/x
ln -s f d/link
ls -l d | grep -v "^total" | cut -c1-10
ls -l d/link | sed 's/.* d\/link/d\/link/'
ls -ld d | cut -c1
ls -l d/f | cut -d' ' -f5-5 | head -1
ls -lo d/f >/dev/null; echo "o:$?"
ls -ln d/f | cut -c1-10
ls nosuch; echo "status $?"
ls d nosuch 2>/dev/null; echo "status $?"

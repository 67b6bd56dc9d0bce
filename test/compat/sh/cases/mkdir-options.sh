# mkdir: -p, -v, -m, existing targets, missing parents.
mkdir -pv a/b/c
mkdir -p a/b/c; echo "p again: $?"
mkdir a 2>/dev/null; echo "exists: $?"
mkdir x/y 2>/dev/null; echo "no parent: $?"
mkdir -m 700 m7; ls -ld m7 | cut -c1-10
mkdir -m u=rwx,go=rx m8; ls -ld m8 | cut -c1-10
mkdir -v one two
mkdir -p -m 711 p/q; ls -ld p/q | cut -c1-10; ls -ld p | cut -c1-10
rmdir -p p/q; [ -e p ] || echo "rmdir -p"
rmdir a 2>/dev/null; echo "rmdir nonempty: $?"

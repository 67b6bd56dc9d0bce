# umask, cd and pwd: symbolic umask, cd -, CDPATH-less relative paths, PWD/OLDPWD, symlinked dirs
umask 022; umask; umask 0077; umask; umask -S; umask u=rwx,g=rx,o=; umask
umask 022
mkdir -p real/sub; ln -s real link
cd real/sub; pwd | sed 's#.*/\(real/sub\)$#\1#'
cd ..; cd -  >/dev/null; basename "$PWD"; basename "$OLDPWD"
cd ../..; cd link; basename "$PWD"; pwd -P | sed 's#.*/##'; pwd -L | sed 's#.*/##'
cd ..; cd link/..; basename "$(pwd)"
cd /nonexistent 2>/dev/null; echo "cd fail=$?"
cd; [ "$PWD" = "$HOME" ] && echo home
(umask 077; umask)

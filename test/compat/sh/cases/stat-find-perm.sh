# Permission checks scripts make: find -perm forms, test -r/-w/-x as root, stat %a after umask.
umask 022
touch f; mkdir d; chmod 4755 f
stat -c '%a %A' f d
umask 077; touch g; mkdir e; stat -c '%a' g e
find . -perm -4000 -type f
find . -perm /o+r | sort
find . -perm 700 | sort
chmod 000 g; [ -r g ] && echo "root reads g"; [ -w g ] && echo "root writes g"; [ -x g ] || echo "g not executable"
chmod u+x g; [ -x g ] && echo "now executable"
stat -c '%s %F' d/. >/dev/null && echo "dot ok"
stat -c '%N' f

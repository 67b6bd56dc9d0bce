# stat -c: %n %s %a %A %F %h %U %G %u %g, several files and errors.
printf '12345' > f
mkdir d
ln -s f l
chmod 640 f
stat -c '%n %s %a %A %F' f
stat -c '%n %F' d l
stat -c '%a %A' d | sed 's/^755 drwxr-xr-x$/ok/'
stat -c %s f d/. >/dev/null; echo "$?"
stat -L -c '%F %s' l
stat --format='[%n]' f l
stat -c '%h' f
stat -c '%%' f
stat nosuch 2>/dev/null; echo "missing: $?"
stat -c '%Y' f | grep -q '^[0-9][0-9]*$' && echo epoch
stat --printf='%n|%s\n' f

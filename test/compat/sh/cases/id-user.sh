# id -u -g -n -G, whoami, and what scripts compare them with.
id -u
id -g
id -un
id -gn
id -G
whoami
[ "$(id -u)" -eq 0 ] && echo "running as root"
id -u root
id nosuchuser 2>/dev/null; echo "no user: $?"
id -un 0 2>/dev/null || id -un root

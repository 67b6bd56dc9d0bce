# An install script: directories, modes, copying with checks, uninstall, and status reporting.
set -e
DESTDIR=$PWD/dest
BIN=$DESTDIR/usr/bin
SHARE=$DESTDIR/usr/share/app
mkdir -p "$BIN" "$SHARE"
printf '#!/bin/sh\necho app running\n' > app
printf 'key=value\n' > app.conf
install_file() {
  src=$1 dst=$2 mode=$3
  cp "$src" "$dst" && chmod "$mode" "$dst" || { echo "install failed: $src" >&2; return 1; }
  echo "installed $(basename "$dst") ($mode)"
}
install_file app "$BIN/app" 755
install_file app.conf "$SHARE/app.conf" 644
"$BIN/app"
ls -l "$BIN/app" | cut -c1-10
ls -l "$SHARE/app.conf" | cut -c1-10
( cd "$DESTDIR" && find . -type f | sort )
if install_file nosuch "$BIN/x" 755 2>/dev/null; then echo unexpected; else echo "missing source refused"; fi
rm -rf "$DESTDIR"
[ ! -d "$DESTDIR" ] && echo uninstalled

# install-script style: defaults, option parsing with case/shift, checks, mkdir -p, loops, logging
PREFIX=${PREFIX:-/usr/local}
DESTDIR=./stage
VERBOSE=0
log() { [ "$VERBOSE" -ge 1 ] && echo "[install] $*"; return 0; }
die() { echo "error: $*" >&2; exit 1; }
set -- --prefix=/opt/app -v --bindir bin2 extra
while [ $# -gt 0 ]; do
  case $1 in
    --prefix=*) PREFIX=${1#*=} ;;
    --bindir) shift; BINDIR=$1 ;;
    -v|--verbose) VERBOSE=$((VERBOSE + 1)) ;;
    --) shift; break ;;
    -*) die "unknown option $1" ;;
    *) break ;;
  esac
  shift
done
BINDIR=${BINDIR:-bin}
echo "prefix=$PREFIX bindir=$BINDIR rest=$*"
target="$DESTDIR$PREFIX/$BINDIR"
mkdir -p "$target" || die "cannot create $target"
for tool in alpha beta gamma; do
  printf '#!/bin/sh\necho %s\n' "$tool" > "$target/$tool"
  chmod 755 "$target/$tool"
  log "installed $tool"
done
command -v mkdir >/dev/null 2>&1 && log "mkdir found"
[ -x "$target/beta" ] && "$target/beta"
ls "$target" | sort | tr '\n' ' '; echo
test -d "$DESTDIR/nonexistent" || log "no such dir, fine"
( cd "$target" && for f in *; do [ -f "$f" ] && echo "ok $f"; done )
if ! grep -q gamma "$target/gamma"; then die "bad content"; fi
echo done

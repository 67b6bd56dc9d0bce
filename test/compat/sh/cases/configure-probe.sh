# A configure-style script: probing for programs, feature tests, writing config.h and a Makefile.
: ${CC:=cc}
prefix=/usr/local
for arg in --prefix=/opt/x --enable-foo --disable-bar --with-lib=/l; do
  case $arg in
    --prefix=*) prefix=${arg#*=} ;;
    --enable-*) feat=${arg#--enable-}; eval "enable_$feat=yes" ;;
    --disable-*) feat=${arg#--disable-}; eval "enable_$feat=no" ;;
    --with-*=*) pkg=${arg%%=*}; pkg=${pkg#--with-}; eval "with_$pkg=\${arg#*=}" ;;
  esac
done
echo "prefix=$prefix foo=$enable_foo bar=$enable_bar lib=$with_lib"
checking() { printf 'checking for %s... ' "$1"; }
for prog in sh sed nosuchprog-xyz; do
  checking "$prog"
  if command -v "$prog" >/dev/null 2>&1; then echo yes; else echo no; fi
done
{
  echo '/* config.h */'
  [ "$enable_foo" = yes ] && echo '#define HAVE_FOO 1'
  [ "$enable_bar" = yes ] || echo '/* #undef HAVE_BAR */'
  echo "#define PREFIX \"$prefix\""
} > config.h
cat config.h
sed -e "s|@prefix@|$prefix|g" -e 's|@CC@|cc|' > Makefile <<'EOF2'
PREFIX = @prefix@
CC = @CC@
EOF2
cat Makefile
test -f config.h && test -s Makefile && echo "config.status: done"

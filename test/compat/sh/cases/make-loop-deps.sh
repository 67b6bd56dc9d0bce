# Makefile-ish loops: targets newer than their sources, suffix rules with parameter expansion.
mkdir src obj
for n in a b c; do echo "int $n;" > src/$n.c; done
touch -d '2000-01-01' src/b.c
touch -d '2010-01-01' obj/b.o
build() {
  for src in src/*.c; do
    base=${src##*/}; obj=obj/${base%.c}.o
    if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ]; then
      echo "CC $src -> $obj"
      sed 's/int/compiled/' "$src" > "$obj"
    else
      echo "up to date: $obj"
    fi
  done
}
build
echo --
build
echo --
OBJS=$(for s in src/*.c; do b=${s##*/}; printf 'obj/%s.o ' "${b%.c}"; done)
echo "link: $OBJS"
cat $OBJS

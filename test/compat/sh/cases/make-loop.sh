# Makefile-ish loops: targets newer than sources, generated file lists, counting, string building
mkdir -p src obj
for n in 1 2 3; do printf 'int f%s;\n' "$n" > "src/m$n.c"; done
touch -t 200001010000 src/m2.c
touch obj/m2.o
built=0
for c in src/*.c; do
  base=${c##*/}; o="obj/${base%.c}.o"
  if [ ! -f "$o" ] || [ "$c" -nt "$o" ]; then
    echo "CC $c -> $o"; cp "$c" "$o"; built=$((built+1))
  else
    echo "up to date: $o"
  fi
done
echo "built $built"
objs=; for o in obj/*.o; do objs="$objs ${o#obj/}"; done; echo "LINK${objs}"
set -- src/*.c; echo "count=$#"
srcs=$(ls src | sed 's/\.c$//' | tr '\n' ' '); echo "names: $srcs"
for d in src obj; do echo "$d: $(ls $d | wc -l)"; done
total=0; for f in src/*.c; do sz=$(wc -c < "$f"); total=$((total + sz)); done; echo "bytes=$total"

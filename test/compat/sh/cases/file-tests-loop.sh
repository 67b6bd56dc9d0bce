# Walking a tree in sh: for with globs, -d/-f tests, counting, recursion by function, dotfiles.
mkdir -p top/a/b top/c; touch top/f1 top/a/f2 top/a/b/f3 top/.hidden
walk() {
  for e in "$1"/* "$1"/.[!.]*; do
    [ -e "$e" ] || continue
    if [ -d "$e" ]; then echo "dir  $e"; walk "$e"; else echo "file $e"; fi
  done
}
walk top
n=0; for f in top/*; do [ -f "$f" ] && n=$((n+1)); done; echo "files at top: $n"
set -- top/*/; echo "subdirs: $#"
for d in top/*/; do echo "${d%/}"; done
ls -A top | wc -l

# find -exec sh -c with arguments, -execdir, xargs -I with several placeholders, and null-safe pipelines.
mkdir -p p/q; touch 'p/a b.txt' p/c.txt p/q/d.log
find p -name '*.txt' -exec sh -c 'for f; do echo "got: $f"; done' sh {} + | sort
find p -type f -exec sh -c 'echo "${1##*/}"' _ {} \; | sort
find p -name '*.log' -execdir pwd \; | sed 's|.*/||'
find p -type f -print0 | sort -z | xargs -0 -I{} sh -c 'echo "[{}]"'
printf 'a\nb\n' | xargs -I X echo X-X
find p -type f | wc -l
find p -type f -name '*.txt' | while IFS= read -r f; do echo "loop: $f"; done | sort
find p -type f -exec false {} \; ; echo "exec false: $?"
find p -maxdepth 1 -mindepth 1 | sort

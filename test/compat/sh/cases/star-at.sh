set -- "a b" c
for x in $*; do echo "1[$x]"; done
for x in "$*"; do echo "2[$x]"; done
for x in $@; do echo "3[$x]"; done
for x in "$@"; do echo "4[$x]"; done
IFS=,
echo "$*"
set --
for x in "$@"; do echo never; done
echo "n=$#"

# ls: -R -l, -h sizes, -i/-s presence, -m, -x, -1 with directories given, trailing slash operands.
mkdir -p d/e; head -c 2048 /dev/zero > d/k2; head -c 1536 /dev/zero > d/e/k1
ls -m d
ls -x d 2>/dev/null | head -2
ls -lh d/k2 | cut -d' ' -f5
ls -sh d/k2 >/dev/null; echo "s: $?"
ls -i d/k2 | grep -q '^ *[0-9][0-9]* d/k2$' && echo inode
ls -1 d d/e
ls d/
ls -l d/e | grep -v '^total' | cut -c1-10
ls -lR d | grep -c '^-'
ls -d d/*/
ls -F d/e/k1 d
ls -U d | sort
mkdir many; for n in alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon; do touch "many/$n"; done
ls -x many
ls -C many
COLUMNS=40 ls -x many

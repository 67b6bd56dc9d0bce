# Less common builtins: umask -S, cd -, pwd -P with symlinks, export -p, readonly -p, times, kill -l, hash.
umask 027; umask; umask -S
umask u=rwx,g=rx,o=; umask
mkdir -p real/sub; ln -s real link
cd link; basename "$(pwd)"; basename "$(pwd -P)"; basename "$(pwd -L)"; cd ..
cd real; cd /; cd - >/dev/null; basename "$(pwd)"
cd "$OLDPWD" 2>/dev/null; cd - | sed 's|.*/||'
export ZZ_EXPORTED=1; export -p | grep ZZ_EXPORTED
readonly ZZ_RO=2; readonly -p | grep ZZ_RO
kill -l 9; kill -l 15; kill -l TERM
kill -l 130
times >/dev/null; echo "times: $?"
hash -r; echo "hash: $?"
hash sh; echo "hash sh: $?"
hash nosuchcmd 2>/dev/null; echo "hash missing: $?"
type cd | head -1
command -V echo
command -v nosuch; echo "v: $?"

# find: -newer, -perm, -empty, -delete, -prune, -print0 | xargs -0, -size, -o and !.
mkdir -p t/a t/b t/skip/deep
touch -d '2020-01-01' t/old
touch t/new
touch t/a/empty
printf 'data' > t/b/full
touch t/skip/deep/x
chmod 755 t/new
find t -newer t/old -type f | sort
find t -perm 755 -type f
find t -perm -u+x -type f | sort
find t -empty | sort
find t -name skip -prune -o -type f -print | sort
find t -type f -print0 | xargs -0 ls -1 | sort
find t -type f ! -name '*e*' | sort
find t \( -name old -o -name full \) | sort
find t -size +0c -type f
find t -path '*skip*' -type f
find t/skip -delete; [ -e t/skip ] || echo deleted
find t -maxdepth 1 -type d | sort
find nosuch 2>/dev/null; echo "missing: $?"
find t -type f -name 'n*' -exec echo found {} \;
find t -type f -name '*l*' -exec echo {} + | tr ' ' '\n' | sort

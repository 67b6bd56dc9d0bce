# find with -maxdepth, -mindepth, -type, -name, -path and -iname.
mkdir -p a/b/c
touch a/1.txt a/b/2.TXT a/b/c/3.txt
find a -maxdepth 2 -type f | sort
find a -mindepth 2 -type d | sort
find a -iname '*.txt' | sort
find a -path '*b/c*' | sort
find a -name '*.txt' -type f | wc -l

# tar: create, list, extract into another directory, -C, gzip-less archives, file modes survive
mkdir -p proj/src proj/doc; echo main > proj/src/main.c; echo readme > proj/doc/README; chmod 755 proj/src/main.c
tar -cf proj.tar proj
tar -tf proj.tar | sort
mkdir out; tar -xf proj.tar -C out; find out -type f | sort; cat out/proj/doc/README
stat -c %a out/proj/src/main.c
tar -cf - -C proj src | tar -tf - | sort
mkdir out2; (cd out2 && tar -xf ../proj.tar proj/doc/README); find out2 -type f
tar -tvf proj.tar | grep -c main.c
tar -xf nosuch.tar 2>/dev/null; echo "missing=$?"

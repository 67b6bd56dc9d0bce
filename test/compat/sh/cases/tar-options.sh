# tar: -c -x -t -v -C -f, -z when gzip is there, members, and errors.
mkdir -p src/sub out
echo one > src/a.txt
echo two > src/sub/b.txt
tar -cf arch.tar -C src .
tar -tf arch.tar | sort
tar -xf arch.tar -C out
cat out/a.txt out/sub/b.txt
tar cf a2.tar src/a.txt src/sub
tar tvf a2.tar | cut -c1-10 | sort
mkdir out2; tar -xvf a2.tar -C out2 | sort
tar -xf a2.tar -C out2 src/a.txt; echo "member: $?"
tar -czf arch.tgz -C src a.txt && tar -tzf arch.tgz
mkdir out3; tar -xzf arch.tgz -C out3 && cat out3/a.txt
tar -tf nosuch.tar 2>/dev/null; echo "missing: $?"
tar -cf empty.tar 2>/dev/null; echo "nothing: $?"
tar -xf arch.tar -C nosuchdir 2>/dev/null; echo "no dir: $?"

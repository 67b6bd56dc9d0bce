# tar: symlinks, modes and mtimes kept, --strip-components, -O to stdout, -x of one member, list order.
mkdir -p s/d; echo data > s/d/f; ln -s d/f s/link; chmod 750 s/d; touch -d '2010-01-01' s/d/f
tar -cf t.tar s
tar -tvf t.tar | cut -c1-10 | sort
mkdir x; tar -xf t.tar -C x
readlink x/s/link; ls -ld x/s/d | cut -c1-10; date -u -r x/s/d/f +%Y
tar -xOf t.tar s/d/f
mkdir y; tar -xf t.tar -C y --strip-components=1; ls y | sort
tar -tf t.tar s/d/f
tar -cf - s/d/f | tar -tf -
tar -C s -cf u.tar d && tar -tf u.tar
tar -xf t.tar -C x nosuch 2>/dev/null; echo "not in archive: $?"

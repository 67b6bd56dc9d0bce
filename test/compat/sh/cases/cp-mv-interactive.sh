# cp -i / mv -i with no terminal read the answer from stdin; -n and -f precedence; -b backups.
echo old > t; echo new > s
echo n | cp -i s t 2>/dev/null; cat t
echo y | cp -i s t 2>/dev/null; cat t
echo old > t
echo n | mv -i s t 2>/dev/null; cat t; [ -e s ] && echo "s kept"
cp -f s t; cat t
echo other > u
cp -b s u; cat u; cat u~
mv -b s u; cat u; ls u* | sort
cp -u u t; echo "u: $?"
echo v1 > n; echo v2 > src
cp --backup=numbered src n; echo v3 > src; cp --backup=numbered src n; ls n* | sort
cp -b -S .orig src t; ls t* | sort
cp --backup=bogus src n 2>/dev/null; echo "bogus: $?"
echo y | mv -i -f src t 2>/dev/null; cat t

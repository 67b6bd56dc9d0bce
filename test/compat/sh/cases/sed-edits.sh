# sed: substitutions with flags, addresses, -n p, d, -e chains, -i in place.
printf 'aaa\nbab\ncac\n' > f
sed 's/a/X/' f
sed 's/a/X/g' f
sed -n '2,3p' f
sed '/b/d' f
sed -e 's/a/1/2' -e 's/c/C/' f
sed -i 's/^a/Z/' f
cat f
printf 'path/to/file.txt\n' | sed 's|.*/||; s/\.txt$//'
printf 'k=v\n' | sed -n 's/\(.*\)=\(.*\)/\2=\1/p'

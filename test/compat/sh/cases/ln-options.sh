# ln: -s, -f, -n, hard links, and readlink of the results.
echo data > target
ln -s target sl
readlink sl
cat sl
ln -s other sl 2>/dev/null; echo "exists: $?"
ln -sf other sl; readlink sl
ln target hard; ls -l hard | cut -c11-12
mkdir d
ln -s ../target d/
readlink d/target
ln -sfn target d2link; readlink d2link
ln nosuch h 2>/dev/null; echo "hard missing: $?"
ln -sv target vlink

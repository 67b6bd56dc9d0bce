# md5sum/sha256sum: output form, -c with OK/FAILED lines and statuses, --quiet, --status, stdin.
printf 'abc' > a; printf 'def' > b
md5sum a b
sha256sum a
printf 'abc' | md5sum
sha256sum a b > sums
sha256sum -c sums
printf 'changed' > b
sha256sum -c sums 2>/dev/null; echo "status $?"
sha256sum --quiet -c sums 2>/dev/null; echo "quiet $?"
sha256sum --status -c sums; echo "silent $?"
md5sum a > m; md5sum -c m; echo "ok $?"
md5sum nosuch 2>/dev/null; echo "missing $?"
echo 'garbage line' > bad; md5sum -c bad 2>/dev/null; echo "bad format $?"
rm a; md5sum -c m 2>/dev/null; echo "gone $?"

# base64, md5sum, sha256sum: encoding round trips, wrapping, -d, checksum files and -c
printf 'hello world\n' > h.txt
base64 h.txt; base64 h.txt | base64 -d
printf '%0100d' 0 | base64 | head -2
printf '%0100d' 0 | base64 -w0; echo
printf 'YWJj' | base64 -d; echo
md5sum h.txt; sha256sum h.txt
printf 'abc' | md5sum; printf '' | sha256sum
md5sum h.txt > sums; md5sum -c sums
echo changed >> h.txt; md5sum -c sums 2>/dev/null; echo "check status=$?"
sha256sum h.txt | cut -c1-16

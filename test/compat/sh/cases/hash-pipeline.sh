# base64 round trip and checksums of piped data.
echo hello | base64
echo hello | base64 | base64 -d
printf 'abc' | sha256sum
printf 'abc' | md5sum
printf 'abc' > f; sha256sum f | cut -d' ' -f1

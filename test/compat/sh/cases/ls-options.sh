# ls: -1, -a, -A, -d, -r, -R, -F, -p and sorting by size, as install scripts use them.
mkdir -p d/sub d/.hid
printf 'aaaa' > d/big; printf 'a' > d/small; printf 'aa' > d/mid
touch d/sub/inner d/.dot
ls d
echo --
ls -1 d
echo --
ls -a d
echo --
ls -A d
echo --
ls -r d
echo --
ls -S d
echo --
ls -Sr d/big d/small d/mid
echo --
ls -d d d/sub
echo --
ls -R d
echo --
ls -F d
echo --
ls -p d
echo --
ls -1d d/*

file=archive.tar.gz
ext=.gz
echo "${file%$ext}"
pre=arch
echo "${file#$pre}"
star='*'
echo "${file%$star}" "${file%"$star"}"
path=/a/b/c
echo "${path##*/}" "${path%/*}" "${path#/}"

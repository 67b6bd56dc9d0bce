p=/usr/local/lib/file.tar.gz
echo "${p%.*}" "${p%%.*}"
echo "${p#*/}" "${p##*/}"
echo "${p%.gz}" "${p#/usr}"
f=aaa.bbb.ccc
echo ${f%%b*} ${f#a} ${f##a} ${f%c} ${f%%c*}
echo "${f%"ccc"}" "${f#"a*"}"

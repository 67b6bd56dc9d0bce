echo $ "$" '$' $. a$ "a$"
echo "${#}" $#
x=abc
echo "${x}def" "$x"def

# tilde expansion: start of word, after : and = in assignments, quoted, in the middle, HOME changes
echo ~ ~/x "~" '~' \~ a~ ~root ~root/y
x=~/p; echo "$x"
y=a:~/b; echo "$y"
PATHX=~/bin:~/sbin; echo "$PATHX"
echo a:~/b
HOME=/tmp/home; echo ~ ~/z
unset HOME; echo ~ | grep -c . 
HOME=/h
echo "${v:-~}" ${v:-~}
f() { echo ~; }; f
echo ~nosuchuser

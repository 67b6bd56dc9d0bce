# quoting corners: backslashes in every quote type, $ at end, quotes inside expansions, empty args
echo 'it'\''s' "say \"hi\"" back\\slash "dollar\$" 'single $x' "tab\there"
echo "a\b" 'a\b' a\b "a\\b" "\$HOME" '\$HOME'
printf '[%s]\n' "" '' "$nothing" ${nothing} "${nothing}"
set -- "" ""; echo "$#"
x='*'; echo "$x" $x "${x}" '$x' | tr -s ' ' | cut -c1-20 | wc -c
v='a "quoted" word'; echo "$v"; echo $v
echo "${v%\"*}" "${v#*\"}"
echo $'not dash' "end$"
echo "nested $(echo "inner \"q\" $(echo 'deep')")"
a=1; echo "${a}2" "$a"2 '$a'2
echo \'single\' \"double\"
echo "new
line"
echo "hash # not comment" # this is
echo x#y

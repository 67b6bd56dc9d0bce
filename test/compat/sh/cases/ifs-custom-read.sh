IFS=, read a b c <<EOF2
one,two,three,four
EOF2
echo "$a|$b|$c"
IFS=' ' read a b <<EOF2
   spaced    out   words  
EOF2
echo "[$a][$b]"

_a=1; a_b2=2; ABC=3
echo $_a $a_b2 $ABC ${_a}x
echo $a-b "$ABC.ext" ${ABC}_suffix $ABC_suffix.

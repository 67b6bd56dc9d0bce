{
  echo one
  echo two
} > grp.txt
n=0; while read l; do n=$((n+1)); done < grp.txt; echo "$n lines"
{ read a; read b; } < grp.txt; echo "$b $a"

# read splitting with IFS, leftover fields, and read -r with backslashes from a pipe.
echo 'a b c d' | { read -r x y rest; echo "x=$x y=$y rest=$rest"; }
echo 'k1=v1;k2=v2' | tr ';' '\n' | while IFS== read -r k v; do echo "$v<-$k"; done
printf 'a\\b\n' | { read -r l; echo "$l"; }
printf 'one two\n' | { read -r w; echo "[$w]"; }

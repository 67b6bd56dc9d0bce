for i in 1 2 3; do echo $i; done
for i in; do echo never; done
set -- p q "r s"
for i; do echo "[$i]"; done
for i in "$@"; do echo "<$i>"; done
for i in a b c; do
  for j in 1 2; do
    [ $j = 2 ] && continue
    [ $i = b ] && break 2
    echo $i$j
  done
done

for i in 1 2 3 4 5; do
  [ $i -eq 2 ] && continue
  [ $i -eq 4 ] && break
  echo $i
done
i=0
while :; do
  i=$((i+1))
  case $i in 3) continue;; 6) break;; esac
  echo "w$i"
done
for a in x y; do for b in 1 2 3; do [ $b = 2 ] && continue 2; echo $a$b; done; done

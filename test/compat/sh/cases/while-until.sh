i=0
while [ $i -lt 3 ]; do echo w$i; i=$((i+1)); done
until [ $i -eq 0 ]; do echo u$i; i=$((i-1)); done
while true; do echo once; break; done
n=0; while :; do n=$((n+1)); [ $n -ge 4 ] && break; done; echo $n

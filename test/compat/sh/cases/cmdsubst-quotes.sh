x="$(echo "a   b")"
echo "$x"
echo $x
y=$(echo 'single '"'"' quote')
echo "$y"
z=$(case a in a) echo matched;; esac)
echo $z

a=1 b=$a
echo "$b"
c=$(echo x)$(echo y)
echo $c
d="$c and $b"; echo "$d"
e=*; echo "$e"
f=~; [ "$f" = "$HOME" ] && echo tilde-in-assign

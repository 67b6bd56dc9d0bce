x=zzz
case $x in
  a) echo a;;
esac
echo "status $?"
case "" in
  "") echo "empty matched";;
esac
case foo in f*|b*) echo first;; fo*) echo second;; esac

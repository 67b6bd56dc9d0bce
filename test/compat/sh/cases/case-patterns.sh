m() { case "$1" in
  [[:digit:]]*) echo "$1 digit";;
  [[:upper:]]*) echo "$1 upper";;
  *[!a-z]*) echo "$1 nonalpha";;
  ??) echo "$1 two";;
  *) echo "$1 lower";;
esac; }
m 9x; m Abc; m ab; m a-b; m abc
pat='a*'
case abc in $pat) echo "var pattern";; esac
case 'a*' in "$pat") echo "quoted pattern";; esac
case 'abc' in "$pat") echo no;; *) echo "quoted no match";; esac

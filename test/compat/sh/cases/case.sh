for w in apple banana cherry 42 x.txt "a b" ''; do
  case $w in
    a*) echo "$w: starts with a";;
    banana|cherry) echo "$w: fruit";;
    [0-9]*) echo "$w: number";;
    *.txt) echo "$w: text";;
    "a b") echo "quoted";;
    '') echo empty;;
    *) echo "$w: other";;
  esac
done
case x in (x) echo paren;; esac
case abc in *b*) echo mid; esac

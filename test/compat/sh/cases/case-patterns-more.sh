# case: bracket classes, ranges, negation, quoted metacharacters, alternatives, fallthrough order
for w in apple Banana 42 x.tar.gz '*' '?' a-b '' 'a b' 'Z9' '-n' '[x]'; do
  case $w in
    '*') r='literal star' ;;
    \?) r='literal question' ;;
    *.tar.gz|*.tgz) r=tarball ;;
    [[:upper:]]*) r=upper ;;
    [0-9][0-9]) r=two-digits ;;
    [!a-z]*) r='not lowercase start' ;;
    *-*) r=dash ;;
    '') r=empty ;;
    *' '*) r=space ;;
    "["*"]") r=brackets ;;
    a*) r=a-word ;;
    *) r=other ;;
  esac
  printf '%s => %s\n' "$w" "$r"
done
pat='a*'
case abc in $pat) echo var-pattern ;; esac
case abc in "$pat") echo quoted ;; *) echo quoted-var-literal ;; esac
case x in (x) echo paren-form ;; esac
case y in x) ;; esac; echo "nomatch status $?"
case z in z) false ;; esac; echo "status $?"

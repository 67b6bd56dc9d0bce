# case and globs with bracket classes, negation, and literal metacharacters.
for w in abc ABC a1 '*' 1a ' ' '' x.txt .hidden; do
  case $w in
    '') r=empty ;;
    [[:upper:]]*) r=upper ;;
    [[:digit:]]*) r=digit ;;
    [!a-z]) r=nonlower-single ;;
    *[0-9]) r=ends-digit ;;
    \*) r=star ;;
    *.txt) r=text ;;
    .*) r=dot ;;
    *) r=other ;;
  esac
  echo "'$w' $r"
done
touch a1 b2 c3 .h
echo [ab]*
echo [!a]?
echo *[[:digit:]]
echo .*
echo ?

# GNU sed one-liners: a/i/c text forms, $a, empty-match s///g, -i on several files, -n with several -e.
printf 'a\nb\n' > f; printf 'c\nd\n' > g
sed '1i\header' f
sed '$a footer' f
sed 'a\
two\
lines' f | head -3
sed '2c\
replaced' f
echo abc | sed 's/x*/-/g'
echo abc | sed 's/b*/-/2'
echo 'hello world' | sed 's/o/0/3'; echo "s3: $?"
sed -i 's/^/> /' f g; cat f g
sed -n -e 1p -e 1p f
printf 'x\n' | sed -e 'i\' -e 'inserted'
printf 'one\n' | sed 's/one/a\tb/' | od -An -c
printf 'aXbXc\n' | sed 's/X/\n/2'
printf 'k=v\n' | sed 's/\(.*\)=\(.*\)/\2=\1/'
printf 'CamelCase\n' | sed 's/[A-Z]/_\l&/g' 2>/dev/null
printf '  trim  \n' | sed 's/^[[:space:]]*//;s/[[:space:]]*$//' | od -An -c
printf 'a\nb\nc\nd\n' | sed -n '2,+1p'
printf 'a\nb\nc\nd\n' | sed -n '/b/,~4p'
printf 'a\n' | sed --posix 's/a/b/' 2>/dev/null
printf 'a\nb\n' | sed '$!d'
printf 'a\n\n\nb\n' | sed '/^$/d'

# sed hold space and branching: h H g G x, b t T and labels, tac and join idioms, newline in s.
printf '1\n2\n3\n' | sed -n '1!G;h;$p'
printf 'a\nb\nc\n' | sed ':a;N;$!ba;s/\n/,/g'
printf 'key: one\n  cont\nkey: two\n' | sed -e ':x' -e '/\n  /!{N;bx' -e '}' -e 's/\n  / /' 2>/dev/null | head -2
printf 'aaa\n' | sed ':l;s/a/b/;tl'
printf 'x1\ny\n' | sed 's/1/one/;T;s/$/ (changed)/'
printf 'x1\ny\n' | sed -n 's/1/one/;t done;p;b;:done;s/^/>/p'
printf 'a b\n' | sed 's/ /\n/'
printf 'a.b\n' | sed 's/\./\\&/'
printf 'path\n' | sed 's|path|/usr/&/bin|'
printf 'x\n' | sed 's/x/a\
b/'
printf 'one\ntwo\n' | sed -n 'H;${x;s/\n/|/g;p}'
printf 'l1\nl2\nl3\nl4\n' | sed -n '2{n;p}'
printf 'A\nB\n' | sed 'x;G'
printf 'hello\n' | sed 's/\(h\)\(e\)/\U\1\E\2/' 2>/dev/null
printf 'Hello World\n' | sed 's/\w\+/[&]/g'
printf 'a,b,c\n' | sed 's/,/\t/g' | od -An -c

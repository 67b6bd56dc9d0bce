# rm: -r, -f, -v, -d, missing operands and directories.
mkdir -p t/a/b; touch t/a/b/c t/x
rm t 2>/dev/null; echo "dir: $?"
rm -f nosuch; echo "f missing: $?"
rm nosuch 2>/dev/null; echo "missing: $?"
rm -v t/x
rm -rv t | sort
[ -e t ] || echo gone
mkdir e; rm -d e; [ -e e ] || echo "d gone"
mkdir ne; touch ne/f; rm -d ne 2>/dev/null; echo "d nonempty: $?"
rm 2>/dev/null; echo "no operand: $?"
rm -f; echo "f no operand: $?"
touch a b c; rm -- a b c; ls | wc -l

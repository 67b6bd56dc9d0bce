# diff: normal output, -u headers suppressed via sed, identical files, -q, statuses; used in tests
printf 'a\nb\nc\nd\n' > one; printf 'a\nB\nc\nd\ne\n' > two
diff one two; echo "status=$?"
diff one one; echo "same=$?"
diff -q one two; echo "q=$?"
diff -u one two | tail -n +3
printf 'x\n' > three; diff one three
diff one nosuch 2>/dev/null; echo "missing=$?"
if diff -q one one >/dev/null; then echo "identical"; fi
printf 'a\nc\n' > four; diff one four
printf 'new\na\nb\nc\nd\n' > five; diff one five

# expr: arithmetic, comparisons, string ops, regex match, exit statuses, and the classic loop counter
expr 1 + 2; expr 10 - 3 \* 2; expr \( 10 - 3 \) \* 2; expr 7 / 2; expr -7 / 2; expr -7 % 3; expr 7 % -3
expr 3 \< 10; expr a \< b; expr 10 \> 9; expr abc = abc; expr 2 != 2; expr 01 = 1; expr 5 \>= 5
expr '' \| fallback; expr 0 \| ''; echo "st=$?"; expr left \| right; expr 1 \& 0; echo "st=$?"; expr a \& b
expr length hello; expr substr hello 2 3; expr index hello lo; expr substr abc 5 1; echo "st=$?"
expr match abc123 'abc'; expr abc123 : '[a-z]*'; expr abc123 : '.*\([0-9][0-9]*\)'; expr foo.tar.gz : '\(.*\)\.gz'
expr xyz : 'a'; echo "st=$?"
expr 12345678901234567890 + 1
expr 0; echo "st=$?"; expr -0; echo "st=$?"; expr 00; echo "st=$?"
expr 1 + a 2>/dev/null; echo "st=$?"
expr 1 / 0 2>/dev/null; echo "st=$?"
expr 2>/dev/null; echo "st=$?"
expr 1 + 2>/dev/null; echo "st=$?"
expr + length; expr \( 1 + 2 \) \* \( 3 + 4 \)
i=0; while [ "$i" -lt 5 ]; do i=`expr $i + 1`; done; echo "i=$i"
n=$(expr "$i" \* 3); echo "n=$n"
expr "x$1" = x && echo "no args"
f=report.csv; expr "$f" : '.*\.csv$' >/dev/null && echo is-csv
expr "/usr/local/bin" : '.*/\(.*\)'

# expr: string operators (length, substr, index, match, :), arithmetic, comparisons, exit statuses.
expr length 'hello world'
expr substr 'abcdef' 2 3
expr index 'abcdef' 'dc'
expr match 'abc123' '[a-z]*'
expr 'abc123' : '[a-z]*\([0-9]*\)'
expr 'foo.tar.gz' : '.*\.\(.*\)'
expr 'xyz' : 'a'; echo "nomatch: $?"
expr 7 + 3 \* 2
expr \( 7 + 3 \) \* 2
expr 17 / 5; expr 17 % 5; expr -17 / 5
expr 3 \< 10; expr abc \< abd; expr 10 = 10.0
expr 0; echo "zero: $?"
expr '' ; echo "empty: $?"
expr 1 / 0 2>/dev/null; echo "div0: $?"
expr a + 1 2>/dev/null; echo "nonint: $?"
expr 5 \| 0; expr 0 \| 0; echo "or: $?"
expr 5 \& 3; expr 0 \& 3; echo "and: $?"
expr 2 \>= 2; expr 3 != 3; echo "ne: $?"
i=0; while [ "$(expr $i \< 3)" = 1 ]; do i=$(expr $i + 1); done; echo "i=$i"
expr 99999999999999999999 + 1 2>/dev/null; echo "big: $?"

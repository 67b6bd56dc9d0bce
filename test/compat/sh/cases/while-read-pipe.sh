node -e "console.log('one\ntwo\nthree')" | while read line; do echo "line: $line"; done
printf 'a b c\nd e\n' | while read x y; do echo "x=$x y=$y"; done
echo outside | read v; echo "v=[$v]"

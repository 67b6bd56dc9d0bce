# nl, paste and fold in the forms scripts use.
printf 'a\n\nb\n' > f
nl f
nl -ba f
nl -w3 -s': ' f
nl -nln f
nl -v10 -i5 f
paste -d: f f
paste -s -d, f
printf '1\n2\n3\n4\n' | paste - -
echo 'the quick brown fox jumps' | fold -w 10
echo 'the quick brown fox jumps' | fold -s -w 10
echo 'abcdefghij' | fold -b -w 4

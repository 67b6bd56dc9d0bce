# xargs: batching, -I replacement, -0 with find -print0, empty input.
printf '%s\n' a b c d e | xargs -n 2 echo
printf '%s\n' x y | xargs -I{} echo '<{}>'
mkdir t && touch 't/with space' t/plain
find t -type f -print0 | xargs -0 ls | sort
printf '' | xargs echo "empty:"

# Word frequencies: tr | sort | uniq -c | sort -rn, then a tie-proof variant.
text='the cat and the dog and the bird saw a cat'
echo "$text" | tr -s ' ' '\n' | sort | uniq -c | sort -rn | head -3
echo "$text" | tr ' ' '\n' | sort | uniq -c | sort -k1,1nr -k2,2 | sed 's/^ *//'
echo "$text" | tr ' ' '\n' | sort -u | wc -l

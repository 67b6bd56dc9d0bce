if echo abc | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>process.exit(s.includes('b')?0:1))"; then echo has-b; fi
if node -e "process.exit(1)"; then echo yes; else echo "no $?"; fi
while ! [ -e flag ]; do : > flag; echo created; done

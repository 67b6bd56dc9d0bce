echo hello | node -e "process.stdin.on('data', d => process.stdout.write(String(d).toUpperCase()))"
node -e "console.log('a\nb\nc')" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(s.split('\n').filter(Boolean).reverse().join(',')))"
node -e "console.log(1)" | node -e "process.stdin.pipe(process.stdout)" | node -e "process.stdin.pipe(process.stdout)"

up='process.stdin.on("data",d=>process.stdout.write(String(d).toUpperCase()))'
rev='let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(s.split("").reverse().join("")))'
echo abc | node -e "$up" | node -e "$rev" | node -e "$up" | while read l; do echo "[$l]"; done
printf '3\n1\n2\n' | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(s.trim().split("\n").sort().join(" ")))'

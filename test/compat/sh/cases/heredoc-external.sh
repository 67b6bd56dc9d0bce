node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.stringify(s)))" <<EOF2
line one
line $((1+1))
EOF2
x=val
node -e "process.stdin.pipe(process.stdout)" <<-'END'
	literal $x
	END

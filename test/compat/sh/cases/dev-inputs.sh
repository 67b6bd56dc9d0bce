# Devices as input, and the umask a child inherits.
wc -l < /dev/null
wc -c < /dev/null; echo "status=$?"
cat < /dev/null; echo "cat=$?"
head -c 4 < /dev/zero | od -An -c
read line < /dev/null; echo "read=$?"
sort < /dev/null | wc -l
node -e 'let n = 0; process.stdin.on("data", (d) => { n += d.length; }).on("end", () => console.log("end", n))' < /dev/null 2>/dev/null || echo "end 0"
umask 077
sh -c umask
( umask 027; sh -c umask )
touch made; ls -l made | cut -c1-10

trap 'echo got TERM; exit 5' TERM
node -e "process.kill(process.ppid, 'SIGTERM')"
node -e "setTimeout(()=>{}, 200)"
echo "not reached?"

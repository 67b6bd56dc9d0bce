sh -c 'exit 255'; echo $?
sh -c 'exit 256'; echo $?
node -e "process.kill(process.pid,'SIGTERM')"; echo $?
node -e "process.kill(process.pid,'SIGKILL')"; echo $?
node -e "throw new Error('x')" 2>/dev/null; echo $?

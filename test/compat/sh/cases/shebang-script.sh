printf '#!/bin/sh\necho "script got $1"\nexit 4\n' > s.sh
node -e "require('fs').chmodSync('s.sh',0o755)"
./s.sh arg1; echo "status $?"
sh s.sh arg2; echo "status $?"
printf 'echo no-exec\n' > n.sh
./n.sh 2>/dev/null; echo "noexec $?"
printf '#!/usr/bin/env node\nconsole.log("node script", process.argv.length)\n' > j.js
node -e "require('fs').chmodSync('j.js',0o755)"
./j.js a b

// Guest program (security test): keeps four async syscalls in flight at all times, so a kill always
// lands while the isolate is mid-turn.
const fs = require('fs');
function go() {
  fs.stat('/', () => go());
}
for (let i = 0; i < 4; i++) go();

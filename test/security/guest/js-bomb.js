// Guest program (security test): a JS fork bomb. Every copy spawns two more copies of itself every few
// milliseconds and stays alive; it prints EAGAIN (once per process) when the kernel refuses a spawn.
const cp = require('child_process');
let refused = false;
const spawnOne = () => {
  const c = cp.spawn('node', ['/app/js-bomb.js'], { stdio: ['ignore', 'inherit', 'inherit'] });
  c.on('error', (e) => {
    if (refused) return;
    refused = true;
    console.log(`refused ${e.code}`);
  });
};
setInterval(() => {
  spawnOne();
  spawnOne();
}, 5);

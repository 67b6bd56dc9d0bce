// process.argv0 is the argv[0] the process was started with: a child started as `node` sees 'node'
// (not the resolved execPath), while argv[0] is the absolute executable path.
const { spawnSync } = require('child_process');
const r = spawnSync('node', ['-e', 'console.log(process.argv0, require("path").isAbsolute(process.argv[0]), process.argv.length)'], { encoding: 'utf8' });
console.log(r.status, r.stdout.trim());
const r2 = spawnSync('node', ['-e', 'console.log(process.argv0)'], { encoding: 'utf8', argv0: 'custom-name' });
console.log(r2.status, r2.stdout.trim());
console.log(typeof process.argv0, process.argv0.length > 0);

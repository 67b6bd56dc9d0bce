const cp = require('child_process');
const r = cp.spawnSync(process.execPath, ['-e', 'console.log(process.argv.slice(1).join("+"))', 'a', 'b'], { encoding: 'utf8' });
console.log(JSON.stringify(r.stdout), r.status, Array.isArray(r.output), r.output.length);
console.log(cp.execFileSync(process.execPath, ['-p', '6 * 7']).toString().trim());
const withInput = cp.spawnSync(process.execPath, ['-e', 'process.stdin.pipe(process.stdout)'], { input: 'piped input', encoding: 'utf8' });
console.log(withInput.stdout);
try {
  cp.execFileSync(process.execPath, ['-e', 'process.exit(4)'], { stdio: 'pipe' });
} catch (e) {
  console.log('status', e.status, e.message.split('\n')[0].includes('Command failed'));
}
const missing = cp.spawnSync('definitely-not-a-command-xyz');
console.log(missing.error.code, missing.error.syscall, missing.status);

const { spawnSync, execSync, execFileSync } = require('child_process');
const r = spawnSync(process.execPath, ['-e', 'process.stdout.write("out"); process.stderr.write("err"); process.exit(3)']);
console.log(r.status, r.signal, String(r.stdout), String(r.stderr), r.output.length, r.output[0], typeof r.pid);
const enc = spawnSync(process.execPath, ['-e', 'console.log("x")'], { encoding: 'utf8' }); console.log(JSON.stringify(enc.stdout), enc.status);
const input = spawnSync(process.execPath, ['-e', 'process.stdin.pipe(process.stdout)'], { input: 'piped in' }); console.log(String(input.stdout));
const missing = spawnSync('/no/such/binary'); console.log(missing.error && missing.error.code, missing.error && missing.error.syscall, missing.error && missing.error.path, missing.status, missing.pid);
try { execFileSync(process.execPath, ['-e', 'process.exit(2)'], { stdio: 'pipe' }); } catch (e) { console.log(e.status, e.signal, e.message.split('\n')[0], Object.keys(e).sort()); }
try { execFileSync('/no/such/binary'); } catch (e) { console.log(e.code, e.syscall, e.errno, e.message); }
console.log(execFileSync(process.execPath, ['-e', 'console.log(process.argv.slice(2).join("|"))', 'a b', 'c']).toString().trim());
const killed = spawnSync(process.execPath, ['-e', 'process.kill(process.pid, "SIGTERM")']); console.log(killed.status, killed.signal);
try { spawnSync(5); } catch (e) { console.log(e.code, e.message); }
try { spawnSync('x', 'notarray'); } catch (e) { console.log(e.code, e.message); }
try { execFileSync(process.execPath, ['-e', ''], { timeout: 'x' }); } catch (e) { console.log(e.code, e.message); }
const env = spawnSync(process.execPath, ['-e', 'console.log(process.env.FOO, process.env.HOME === undefined)'], { env: { FOO: 'bar' }, encoding: 'utf8' }); console.log(env.stdout.trim());
const cwd = spawnSync(process.execPath, ['-e', 'console.log(process.cwd())'], { cwd: '/tmp', encoding: 'utf8' }); console.log(cwd.stdout.trim());

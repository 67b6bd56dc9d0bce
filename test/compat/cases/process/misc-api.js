const hr = process.hrtime(); console.log(Array.isArray(hr), hr.length, typeof process.hrtime.bigint());
const d = process.hrtime(hr); console.log(d[0] >= 0, d[1] >= 0);
try { process.hrtime(5); } catch (e) { console.log(e.code, e.message); }
try { process.hrtime([1]); } catch (e) { console.log(e.code, e.message); }
const mu = process.memoryUsage(); console.log(Object.keys(mu), typeof process.memoryUsage.rss());
const cpu = process.cpuUsage(); console.log(Object.keys(cpu), Object.keys(process.cpuUsage(cpu)));
try { process.cpuUsage({ user: -1, system: 0 }); } catch (e) { console.log(e.code, e.message); }
console.log(typeof process.uptime(), process.execArgv, process.title.length > 0, typeof process.pid, typeof process.ppid);
console.log(process.release.name, typeof process.versions.node, process.version.startsWith('v20'), process.arch.length > 0, process.platform);
console.log(typeof process.umask(), process.config !== undefined, typeof process.features, process.exitCode, typeof process.resourceUsage().maxRSS);
process.nextTick((a, b, c) => console.log('nextTick args', a, b, c), 1, 'two', { three: 3 });
try { process.nextTick('x'); } catch (e) { console.log(e.code, e.message); }
try { process.chdir('/definitely/not/here'); } catch (e) { console.log(e.code, e.syscall, e.message); }
try { process.kill(process.pid, 'SIGNOPE'); } catch (e) { console.log(e.code, e.message); }
console.log(process.emit('custom-event-nobody'), typeof process.getuid(), typeof process.getgid());
process.env.NUM = 5; console.log(typeof process.env.NUM, process.env.NUM, 'NUM' in process.env, delete process.env.NUM, process.env.NUM);
process.env.UNDEF = undefined; console.log(process.env.UNDEF);
console.log(Object.prototype.toString.call(process), String(process.stdout.fd), process.stdin.fd, process.stderr.fd);
process.on('warning', (w) => console.log('warning event', w.name, w.message, w.code, w.detail));
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning', 'CODE1');
process.emitWarning('with opts', { type: 'OptsWarning', code: 'C2', detail: 'some detail' });
process.emitWarning(new Error('an error object'));
try { process.emitWarning(5); } catch (e) { console.log(e.code, e.message); }

const os = require('os');
console.log(os.EOL === '\n', os.platform(), os.type(), typeof os.release(), os.endianness(), os.devNull, typeof os.arch());
console.log(typeof os.hostname(), typeof os.homedir(), os.tmpdir(), typeof os.uptime(), typeof os.totalmem(), typeof os.freemem(), os.freemem() <= os.totalmem());
const cpus = os.cpus(); console.log(Array.isArray(cpus), cpus.length > 0, Object.keys(cpus[0]).sort(), Object.keys(cpus[0].times).sort());
console.log(os.loadavg().length, typeof os.availableParallelism(), os.availableParallelism() >= 1);
const ui = os.userInfo(); console.log(Object.keys(ui).sort(), typeof ui.uid, os.userInfo({ encoding: 'buffer' }).username instanceof Buffer);
const nets = os.networkInterfaces(); console.log(typeof nets, 'lo' in nets, nets.lo && Object.keys(nets.lo[0]).sort());
console.log(os.constants.signals.SIGTERM, os.constants.signals.SIGKILL, os.constants.errno.ENOENT, os.constants.priority.PRIORITY_LOW, typeof os.constants.dlopen);
console.log(typeof os.getPriority(), typeof os.version(), typeof os.machine());
try { os.setPriority(0, 99); } catch (e) { console.log(e.code, e.message); }
try { os.userInfo(5); } catch (e) { console.log(e.code, e.message); }
try { os.getPriority('x'); } catch (e) { console.log(e.code, e.message); }

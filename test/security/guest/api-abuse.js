// biome-ignore-all lint: hostile guest program, written to abuse the runtime on purpose
// Guest program (security test): abuses public APIs with odd paths, huge lengths, negative fds, odd
// pids, hostile objects (getters, proxies, toJSON/valueOf, Symbol.species) and prototype pollution.
// Prints one JSON line per call: what it threw (code, guest realm) or that it returned.
'use strict';
const fs = require('fs');
const results = [];
function attempt(label, fn) {
  const r = { label };
  try {
    const v = fn();
    r.returned = v === undefined ? 'undefined' : typeof v;
    if (typeof v === 'string' || v instanceof Uint8Array) r.text = String(v).slice(0, 200);
  } catch (e) {
    r.code = e && e.code;
    r.name = e && e.name;
    r.guestRealm = e instanceof Error && e.constructor.constructor === Function;
  }
  results.push(r);
}
const big = 'a'.repeat(70000);
const evilPath = new Proxy(
  {},
  {
    get(t, k) {
      if (k === Symbol.toPrimitive) return () => '/etc/passwd';
      return undefined;
    },
  },
);
class Species extends Uint8Array {
  static get [Symbol.species]() {
    return function () {
      return { hacked: true };
    };
  }
}
const getterOpts = {
  get recursive() {
    throw new Error('getter ran');
  },
};

attempt('read empty path', () => fs.readFileSync(''));
attempt('read NUL path', () => fs.readFileSync('/app\0/x'));
attempt('read long path', () => fs.readFileSync('/' + big));
attempt('read deep dots', () => fs.readFileSync('/../../../../../../etc/passwd'.replace('passwd', 'shadow')));
attempt('stat proc', () => fs.statSync('/proc/self/environ'));
attempt('open negative fd read', () => fs.readSync(-5, Buffer.alloc(4), 0, 4, 0));
attempt('fstat huge fd', () => fs.fstatSync(2 ** 40));
attempt('fstat NaN fd', () => fs.fstatSync(NaN));
attempt('close unopened', () => fs.closeSync(12345));
attempt('read huge length', () => {
  const fd = fs.openSync('/app/api-abuse.js', 'r');
  try {
    return fs.readSync(fd, Buffer.alloc(8), 0, 2 ** 40, 0);
  } finally {
    fs.closeSync(fd);
  }
});
attempt('read huge position', () => {
  const fd = fs.openSync('/app/api-abuse.js', 'r');
  try {
    return fs.readSync(fd, Buffer.alloc(8), 0, 8, 2 ** 60);
  } finally {
    fs.closeSync(fd);
  }
});
attempt('write to stdin fd 0', () => fs.writeSync(0, 'x'));
attempt('open odd flags', () => fs.openSync('/tmp/f', 0x7fffffff));
attempt('open proxy path', () => fs.openSync(evilPath, 'r'));
attempt('mkdir getter opts', () => fs.mkdirSync('/tmp/d', getterOpts));
attempt('writeFile toJSON', () =>
  fs.writeFileSync('/tmp/j', {
    toJSON() {
      return '/etc/passwd';
    },
  }),
);
attempt('writeFile valueOf', () =>
  fs.writeFileSync('/tmp/v', {
    valueOf() {
      return 'x';
    },
  }),
);
attempt('writeFile species', () => {
  fs.writeFileSync('/tmp/s', new Species([104, 105]));
  return fs.readFileSync('/tmp/s', 'utf8');
});
attempt('truncate negative', () => fs.truncateSync('/tmp/s', -1));
attempt('chmod huge mode', () => fs.chmodSync('/tmp/s', 2 ** 40));
attempt('utimes NaN', () => fs.utimesSync('/tmp/s', NaN, NaN));
attempt('symlink escape then read', () => {
  fs.symlinkSync('/../../..', '/tmp/up');
  return fs.readdirSync('/tmp/up').join(',');
});
attempt('rename root', () => fs.renameSync('/', '/tmp/root'));
attempt('rmdir root', () => fs.rmdirSync('/'));
attempt('kill odd pid', () => process.kill(-99999, 'SIGTERM'));
attempt('kill group 0 probe', () => process.kill(0, 0));
attempt('kill pid NaN', () => process.kill(NaN));
attempt('kill pid 2^40', () => process.kill(2 ** 40, 0));
attempt('kill bad signal', () => process.kill(1, 'SIGNOPE'));
attempt('kill signal 1e9', () => process.kill(1, 1e9));
attempt('chdir to file', () => process.chdir('/app/api-abuse.js'));
attempt('chdir missing', () => process.chdir('/nope/nope'));
attempt('chdir NUL', () => process.chdir('/\0'));
attempt('umask huge', () => process.umask(2 ** 40));
attempt('setRawMode', () => process.stdin.setRawMode && process.stdin.setRawMode(true));

// Prototype pollution aimed at optional arguments and isolated-vm's option objects.
Object.prototype.path = '/etc/passwd';
Object.prototype.result = { reference: true };
Object.prototype.arguments = { reference: true };
Object.prototype.recursive = true;
Object.prototype.encoding = 'utf8';
Array.prototype[0] = '/etc/passwd';
attempt('polluted readdir', () => fs.readdirSync('/app').join(','));
attempt('polluted mkdir', () => fs.mkdirSync('/tmp/p/q'));
attempt('polluted read', () => fs.readFileSync('/app/api-abuse.js').length);
attempt('polluted stat', () => typeof fs.statSync('/app').isDirectory());
attempt('polluted writeFile', () => fs.writeFileSync('/tmp/pw', 'ok'));
for (const k of ['path', 'result', 'arguments', 'recursive', 'encoding']) delete Object.prototype[k];
delete Array.prototype[0];
attempt('after pollution', () => fs.readFileSync('/tmp/pw', 'utf8'));

// A program that patches Map.prototype must not lose its own pending syscalls' completions.
const saved = [Map.prototype.get, Map.prototype.set, Map.prototype.delete];
Map.prototype.get = function () {
  return undefined;
};
Map.prototype.set = function () {
  return this;
};
Map.prototype.delete = function () {
  return false;
};
fs.readFile('/app/api-abuse.js', (e, data) => {
  Map.prototype.get = saved[0];
  Map.prototype.set = saved[1];
  Map.prototype.delete = saved[2];
  results.push({ label: 'patched Map readFile', returned: typeof data, code: e && e.code });
  fs.readFile('/nope', (err) => {
    results.push({
      label: 'async ENOENT',
      code: err && err.code,
      guestRealm: err instanceof Error && err.constructor.constructor === Function,
    });
    for (const r of results) console.log(JSON.stringify(r));
    console.log('END ' + results.length);
  });
});

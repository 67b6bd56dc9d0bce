// biome-ignore-all lint: hostile guest program, written to abuse the runtime on purpose
// Guest program (security test): looks for any way out of the isolate to the host's process, require
// or any host object, and prints one JSON report. Every "found" list must come back empty.
'use strict';
const fs = require('fs');
const report = { errors: [], foreignFunctions: [], hostHandles: [], doorGlobals: [], frames: [], walked: 0 };
const GuestFunction = Function;
// Reading every getter reaches things like a web stream reader's `closed` promise, which rejects;
// those rejections are noise for this walk, not findings.
process.on('unhandledRejection', () => {});

// 1. Errors the door produces, in every shape the runtime hands them out: their constructor chains
//    must end at the guest's own Function, which compiles code in the guest, where `process` is the
//    guest's process (a kernel-provided pid, no host bindings).
function inspectError(where, e) {
  const entry = { where, code: e && e.code, realmOk: false, processIsGuest: false };
  try {
    entry.realmOk =
      e.constructor.constructor === GuestFunction && Object.getPrototypeOf(Object.getPrototypeOf(e)) !== null;
    const F = e.constructor.constructor;
    const p = F('return typeof process === "object" ? process : null')();
    // The guest's own process is PID 1 of its container; a host process object would be neither.
    entry.processIsGuest = p === globalThis.process && p.pid === 1;
    const r = F('try { return typeof require } catch (x) { return "none" }')();
    entry.requireInFunction = r;
    const proto = Object.getPrototypeOf(e);
    entry.protoChainOk = proto.constructor.constructor === GuestFunction;
  } catch (x) {
    entry.inspectThrew = String(x);
  }
  report.errors.push(entry);
}
const attempts = [
  ['readFileSync ENOENT', () => fs.readFileSync('/nope')],
  ['openSync EISDIR', () => fs.openSync('/app', 'w')],
  ['readdirSync ENOTDIR', () => fs.readdirSync('/etc/passwd')],
  ['statSync bad type', () => fs.statSync(12345)],
  ['mkdirSync EEXIST', () => fs.mkdirSync('/app')],
  ['process.kill ESRCH', () => process.kill(424242, 'SIGTERM')],
  ['process.chdir ENOTDIR', () => process.chdir('/etc/passwd')],
  ['closeSync EBADF', () => fs.closeSync(999)],
];
for (const [where, fn] of attempts) {
  try {
    fn();
    report.errors.push({ where, code: 'NO ERROR' });
  } catch (e) {
    inspectError(where, e);
  }
}

// 2. Error.prepareStackTrace: collect every frame's function/this/receiver while a runtime function
//    and the door are on the stack (a getter runs during argument validation / cloning).
Error.prepareStackTrace = (err, sites) => {
  for (const s of sites) {
    const f = {};
    try {
      f.fn = typeof s.getFunction();
    } catch (x) {
      f.fn = 'throws';
    }
    try {
      const t = s.getThis();
      f.thisCtorOk =
        t == null ||
        typeof t !== 'object' ||
        t.constructor === undefined ||
        t.constructor.constructor === GuestFunction;
    } catch (x) {
      f.thisCtorOk = true;
    }
    try {
      const fn = s.getFunction();
      if (fn) f.fnRealmOk = fn.constructor === GuestFunction || fn.constructor.constructor === GuestFunction;
    } catch (x) {}
    report.frames.push(f);
  }
  return 'trace';
};
const trap = {
  get path() {
    void new Error().stack;
    return '/x';
  },
  toString() {
    void new Error().stack;
    return '/y';
  },
};
try {
  fs.readFileSync(trap);
} catch (e) {
  inspectError('prepareStackTrace readFile', e);
}
try {
  fs.statSync({
    toString() {
      void new Error().stack;
      return '/z';
    },
  });
} catch (e) {
  inspectError('prepareStackTrace stat', e);
}
try {
  fs.writeFileSync('/tmp/a', {
    toString() {
      void new Error().stack;
      return 'x';
    },
  });
} catch (e) {
  inspectError('prepareStackTrace write', e);
}
Error.prepareStackTrace = undefined;

// 3. Walk the object graph reachable from globalThis and every builtin module.
const seen = new Set();
const queue = [[globalThis, 'globalThis']];
const DOOR_NAMES = new Set(['doorSync', 'doorStart', 'applySync', 'derefInto']);
function push(v, path) {
  if ((typeof v === 'object' && v !== null) || typeof v === 'function') {
    if (!seen.has(v)) {
      seen.add(v);
      queue.push([v, path]);
    }
  }
}
for (const key of Object.getOwnPropertyNames(globalThis))
  if (key.startsWith('__tsvirt')) report.doorGlobals.push(key);
// Requiring every builtin includes `sys`, whose deprecation warning (DEP0025, as in Node) would
// otherwise land on the stderr this test expects to be empty.
process.noDeprecation = true;
for (const name of require('module').builtinModules) {
  try {
    push(require(name), `require(${name})`);
  } catch (x) {}
}
push(process, 'process');
while (queue.length && report.walked < 300000) {
  const [v, path] = queue.shift();
  report.walked++;
  let ctorName;
  try {
    ctorName = v.constructor && v.constructor.name;
  } catch (x) {}
  if (
    ctorName === 'Reference' ||
    ctorName === 'ExternalCopy' ||
    ctorName === 'Callback' ||
    ctorName === 'NativeModule'
  )
    report.hostHandles.push(`${path} (constructor ${ctorName})`);
  if (typeof v === 'function') {
    let src = '';
    try {
      src = GuestFunction.prototype.toString.call(v);
    } catch (x) {}
    if (src.includes('[native code]') && DOOR_NAMES.has(v.name))
      report.hostHandles.push(`${path} (native ${v.name})`);
    if (
      v.constructor !== undefined &&
      v.constructor !== GuestFunction &&
      v.constructor.constructor !== GuestFunction
    )
      report.foreignFunctions.push(path);
  }
  let keys = [];
  try {
    keys = Reflect.ownKeys(v);
  } catch (x) {}
  for (const k of keys) {
    if (k === 'applySync' || k === 'derefInto' || k === 'applySyncPromise')
      report.hostHandles.push(`${path}.${String(k)}`);
    let d;
    try {
      d = Object.getOwnPropertyDescriptor(v, k);
    } catch (x) {
      continue;
    }
    if (!d) continue;
    const sub = `${path}.${String(k)}`;
    if ('value' in d) push(d.value, sub);
    else {
      push(d.get, `${sub}[get]`);
      push(d.set, `${sub}[set]`);
      try {
        push(d.get && d.get.call(v), sub);
      } catch (x) {}
    }
  }
  try {
    push(Object.getPrototypeOf(v), `${path}.__proto__`);
  } catch (x) {}
}
console.log(JSON.stringify(report));

// Guest side of the compile-origin security case: a program that tries to misuse module compilation with
// an origin. Everything runs inside a microtask, where the loader does ask the kernel to compile.
const Module = require('node:module');
const out = {};
const t = (k, f) => {
  try {
    out[k] = f();
  } catch (e) {
    out[k] = {
      threw: `${e?.name}: ${String(e?.message).slice(0, 200)}`,
      guestRealm: e instanceof Error,
    };
  }
};
const sites = (fn) => {
  const prep = Error.prepareStackTrace;
  Error.prepareStackTrace = (_e, s) => s;
  try {
    return fn();
  } finally {
    Error.prepareStackTrace = prep;
  }
};
const compile = (code, filename) => {
  const m = new Module('x');
  m._compile(code, filename);
  return m.exports;
};
const globalsBefore = Object.getOwnPropertyNames(globalThis).sort().join(',');

Promise.resolve().then(() => {
  // Claiming to be the runtime: the name is not an absolute path, so no origin is given; the frame stays
  // in stacks (the runtime's own frames are hidden) and no call site names the runtime.
  t('runtimeName', () => {
    const make = compile('module.exports = () => new Error("claimed")', 'tsvirt:runtime');
    const first = sites(() => make().stack)[0];
    return {
      fileName: String(first.getFileName()),
      isEval: first.isEval(),
      shown: make().stack.split('\n').length > 1,
    };
  });
  // A getter-laden object as the file name: only the program's own code runs, errors are of its realm.
  t('objectName', () => {
    let calls = 0;
    const name = {
      get length() {
        calls++;
        return 5;
      },
      toString() {
        calls++;
        return '/app/evil.js';
      },
    };
    const v = compile('module.exports = 41 + 1', name);
    return { v, calls };
  });
  t('hugeName', () => compile('module.exports = "huge ok"', `/${'a'.repeat(1 << 20)}`));
  t('nulName', () => compile('module.exports = "nul ok"', '/app/a\0b.js'));
  // An honest compile: the function is the program's own, of its realm, and its call sites name the file.
  t('honest', () => {
    const f = compile('module.exports = function f() { return new Error("here").stack; }', '/app/honest.js');
    const site = sites(() => f())[0];
    return {
      sameRealm: f.constructor === Function && Object.getPrototypeOf(f) === Function.prototype,
      fileName: site.getFileName(),
      isEval: site.isEval(),
    };
  });
  t('syntaxError', () => compile('module.exports = ;', '/app/bad.js'));
  t('globals', () => Object.getOwnPropertyNames(globalThis).sort().join(',') === globalsBefore);
  console.log(JSON.stringify(out));
});

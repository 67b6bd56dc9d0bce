// Forked case: a stand-in runtime image captures the real door exactly as the runtime does, then throws
// hostile values straight at it (no runtime validation in between), to test the platform's guard:
// what the host handlers receive, what the guest gets back, and that the host never throws.
import { GuestIsolate } from '../../../dist/platform/isolate.js';
import { exit, input, report } from './common.mjs';

const GUEST = `
'use strict';
const door = globalThis.__tsvirt_sync;
const start = globalThis.__tsvirt_async;
delete globalThis.__tsvirt_sync;
delete globalThis.__tsvirt_async;
let state = { refs: 0, timer: -1, ready: false };
globalThis.__tsvirt_dispatch = (ev) => {
  if (ev.t === 'bad-state') return { refs: -1, timer: 'soon', ready: 1 };
  if (ev.t !== 'main') return state;
  const out = {};
  const t = (n, f) => {
    try { out[n] = { reply: f() }; }
    catch (e) { out[n] = { threw: String(e && e.message), guestRealm: e instanceof Error && e.constructor.constructor === Function }; }
  };
  const deep = (n) => { let v = {}; for (let i = 0; i < n; i++) v = { v }; return v; };
  const cyc = {}; cyc.self = cyc;
  const sab = new Uint8Array(new SharedArrayBuffer(4));
  t('function', () => door('echo', { f() {} }));
  t('proxy', () => door('echo', new Proxy({}, { ownKeys() { throw new Error('trap'); } })));
  t('symbol', () => door('echo', Symbol('s')));
  t('getter', () => door('echo', { get a() { return 'got'; } }));
  t('error', () => door('echo', new Error('x')));
  t('date', () => door('echo', new Date(0)));
  t('map', () => door('echo', new Map([[1, 2]])));
  t('bigint', () => door('echo', 1n));
  t('int32array', () => door('echo', new Int32Array(2)));
  t('arraybuffer', () => door('echo', new ArrayBuffer(2)));
  t('cyclic', () => door('echo', cyc));
  t('deep', () => door('echo', deep(100)));
  t('wide', () => door('echo', new Array(2000000).fill(0)));
  t('sparse', () => door('echo', [, 'a']));
  // Named properties of an array are cloned too: they must pass the guard like any other value.
  t('array-prop-date', () => { const a = [1]; a.x = new Date(0); return door('echo', a); });
  t('array-prop-deep', () => { const a = [1]; a.x = deep(100); return door('echo', a); });
  t('array-prop-fn-shape', () => { const a = ['x']; a.length = 1; a.then = 'y'; return door('echo', a); });
  t('sab', () => { const r = door('sab', sab); sab[0] = 9; return [r, door('sab-check', null)]; });
  t('name-object', () => door({ toString() { return 'echo'; } }, null));
  t('name-long', () => door('x'.repeat(100000), null));
  t('name-number', () => door(7, null));
  t('async-bad', () => start('echo', cyc));
  t('async-ok', () => start('echo', { a: 1 }));
  t('reply-function', () => door('reply-function', null));
  t('reply-host-error', () => door('reply-host-error', null));
  t('reply-throws', () => door('throws', null));
  t('polluted', () => {
    Object.prototype.result = { reference: true };
    Object.prototype.path = '/etc/passwd';
    Array.prototype[1] = 'injected';
    try { return door('echo', { a: [1] }); }
    finally { delete Object.prototype.result; delete Object.prototype.path; delete Array.prototype[1]; }
  });
  t('doorShape', () => [door.name, Function.prototype.toString.call(door).includes('[native code]'), door.constructor === Function]);
  door('report', JSON.stringify(out));
  return state;
};`;

await input();
const received = {};
const hostErrors = [];
let shared;
let out;
const guest = GuestIsolate.create(
  { source: GUEST, filename: 'test:raw-door', cachedData: undefined },
  { memoryLimitMb: 128 },
  (e) => hostErrors.push(String(e).slice(0, 200)),
);
const describe = (v) => ({
  tag: Object.prototype.toString.call(v),
  json: (() => {
    try {
      return JSON.stringify(v)?.slice(0, 200);
    } catch {
      return 'unserialisable';
    }
  })(),
  shared: v instanceof Uint8Array ? !(v.buffer instanceof ArrayBuffer) : undefined,
});
function record(key, args) {
  if (!received[key]) received[key] = [];
  received[key].push(describe(args));
}
guest.attach({
  sync(name, args) {
    if (name === 'report') {
      out = JSON.parse(args);
      return [null, null];
    }
    record(name.slice(0, 20), args);
    if (name === 'sab') {
      shared = args;
      return [null, null];
    }
    if (name === 'sab-check') return [null, shared ? shared[0] : 'none'];
    if (name === 'reply-function')
      return [
        null,
        {
          fn: function hostSecretSource() {
            return 'host';
          },
        },
      ];
    if (name === 'reply-host-error') return [null, new Error('host detail')];
    if (name === 'throws') throw new Error('host stack detail');
    return [null, 'ok'];
  },
  async(name, args) {
    record(`async:${name}`, args);
    return [null, 1];
  },
});
const state = await guest.dispatch({ t: 'main', boot: {} });
const accepted = state.refs === 0 && state.timer === -1 && state.ready === false;
let badState;
try {
  badState = { value: await guest.dispatch({ t: 'bad-state' }) };
} catch (e) {
  badState = { rejected: String(e.message) };
}
guest.dispose();
report({ out, received, hostErrors, badState, accepted });
await exit();

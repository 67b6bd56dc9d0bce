// Forked case: every syscall in the table is called with garbage (fast-check values, plus records built
// from the table's own argument names) through the door handlers of a real Task in a real container,
// after the same platform guard the isolate applies. Every answer must be a well-formed reply with a
// known errno; no call may throw or log a host error; a neighbour container keeps counting meanwhile.
import fc from 'fast-check';
import { isErrnoCode } from '../../../dist/abi/errno.js';
import { Kernel } from '../../../dist/index.js';
import { doorFor, SYSCALLS } from '../../../dist/kernel/syscalls/table.js';
import { guardArgs, guardReply, WireShapeError } from '../../../dist/platform/wire-guard.js';
import { collect, exit, input, makeRootfs, NEIGHBOUR, report } from './common.mjs';

const { runs, seed } = await input();
const { root, cleanup } = makeRootfs({
  'neighbour.js': NEIGHBOUR,
  'idle.js': 'setInterval(() => {}, 1e9);\n',
});
const logged = [];
const kernel = new Kernel({ logger: (m) => logged.push(m.slice(0, 500)) });
const problems = [];
const counts = { calls: 0, errors: 0, values: 0, guardRefused: 0, respawns: 0, completions: 0 };

const neighbour = await kernel.run({ rootfs: root, cmd: ['node', '/app/neighbour.js'] });
const neighbourOut = collect(neighbour.stdout);

let target;
let door;
async function freshTarget() {
  if (target) target.kill('SIGKILL');
  target = await kernel.run({ rootfs: root, cmd: ['node', '/app/idle.js'] });
  const task = target.task(1);
  door = doorFor(task);
  door.task = task;
  // Async completions arrive as `done` events: they must carry a known errno or ABI data too.
  const post = task.post.bind(task);
  task.post = (ev) => {
    if (ev.t === 'done') {
      counts.completions++;
      checkReply('done', `op ${ev.id}`, null, [ev.err, ev.err ? null : ev.value]);
    }
    post(ev);
  };
}
await freshTarget();

const names = [...SYSCALLS.keys()];
const keyNames = [
  'path',
  'fd',
  'flags',
  'mode',
  'data',
  'length',
  'position',
  'recursive',
  'force',
  'from',
  'to',
  'existing',
  'target',
  'uid',
  'gid',
  'nofollow',
  'atime',
  'mtime',
  'len',
  'src',
  'dest',
  'prefix',
  'code',
  'signal',
  'pid',
  'sig',
  'handled',
  'mask',
  'size',
  'request',
  'parent',
  'specifier',
  'conditions',
  'encoding',
  'id',
  'highWaterMark',
  'start',
  'end',
  'withFileTypes',
  'bigint',
  'throwIfNoEntry',
];
const nasty = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    '',
    '/',
    '.',
    '..',
    '/etc/passwd',
    '/app',
    '/proc/self',
    '\0',
    'a\0b',
    '/'.repeat(5000),
    'x'.repeat(5000),
    -1,
    0,
    1,
    2,
    3,
    2 ** 31,
    2 ** 53,
    -(2 ** 53),
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    1.5,
    true,
    false,
    null,
    undefined,
    'SIGKILL',
    'SIGTERM',
    'SIGSTOP',
    'SIGFOO',
  ),
  fc.uint8Array({ maxLength: 64 }),
  fc.string(),
  fc.integer(),
  fc.double(),
);
const argsArb = fc.oneof(
  fc.anything({
    withNullPrototype: true,
    withTypedArray: true,
    withSparseArray: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
  }),
  fc.dictionary(fc.constantFrom(...keyNames), nasty, { maxKeys: 6 }),
  nasty,
);

/** Awaits `p` for at most `ms`; a kernel that never answers is a finding, reported, not a hung case. */
async function within(ms, p, label) {
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  const v = await Promise.race([p, timeout]);
  clearTimeout(timer);
  if (v === 'timeout') problems.push(`${label}: no answer within ${ms} ms`);
  return v;
}

const phase = (what) => process.stderr.write(`fuzz: ${what} at ${performance.now().toFixed(0)} ms\n`);

function checkReply(kind, name, args, reply) {
  const where = `${kind} ${name} ${safeJson(args)}`;
  if (!Array.isArray(reply) || reply.length !== 2)
    return problems.push(`${where}: malformed reply ${safeJson(reply)}`);
  const [err, value] = reply;
  if (err !== null) {
    counts.errors++;
    if (!isErrnoCode(err.code)) problems.push(`${where}: unknown errno ${safeJson(err)}`);
    if (err.code === 'EIO') problems.push(`${where}: EIO (a host exception)`);
    if (value !== null) problems.push(`${where}: error with a value`);
    return;
  }
  counts.values++;
  try {
    guardReply(value);
  } catch (e) {
    problems.push(`${where}: reply is not ABI data (${e.message})`);
  }
}

function safeJson(v) {
  try {
    return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x))?.slice(0, 160);
  } catch {
    return String(v).slice(0, 160);
  }
}

function call(kind, name, raw) {
  counts.calls++;
  let args;
  try {
    // structuredClone is what isolated-vm's copy does to the guest's value; then the platform guard.
    args = guardArgs(structuredClone(raw));
  } catch (e) {
    if (e instanceof WireShapeError || e?.name === 'DataCloneError') {
      counts.guardRefused++;
      return;
    }
    throw e;
  }
  try {
    checkReply(kind, name, raw, door[kind](name, args));
  } catch (e) {
    problems.push(`${kind} ${name} ${safeJson(raw)}: threw ${String(e).slice(0, 200)}`);
  }
}

try {
  const property = fc.property(fc.constantFrom(...names), argsArb, fc.boolean(), (name, raw, useAsync) => {
    call(useAsync ? 'async' : 'sync', name, raw);
  });
  // In slices, so the neighbour's timers (and completions of async ops) keep running between them.
  for (let i = 0; i < runs / 500; i++) {
    phase(`slice ${i}`);
    fc.assert(property, { numRuns: 500, seed: seed + i });
    await new Promise((r) => setTimeout(r, 5));
    if (!door.task.alive) {
      counts.respawns++;
      phase('respawn');
      await within(10_000, freshTarget(), 'respawning the target');
    }
  }
  phase('fixed shapes');
  // Every name with every plain shape at least once (fast-check might skip some of them).
  for (const name of names)
    for (const raw of [null, undefined, {}, [], '', 0, { path: '/' }, { fd: 0 }]) {
      if (!door.task.alive) await within(10_000, freshTarget(), 'respawning the target');
      call('sync', name, raw);
      call('async', name, raw);
    }
  await new Promise((r) => setTimeout(r, 50));
  phase('waiting for the neighbour');
  const neighbourStatus = await within(20_000, neighbour.wait(), 'the neighbour');
  // Control: the checks above can fail. A handler that throws a host TypeError is logged and seen as EIO.
  const loggedBefore = logged.length;
  const control = doorFor(
    door.task,
    new Map([
      [
        'bad.throw',
        {
          support: 'full',
          sync() {
            throw new TypeError('kernel bug');
          },
        },
      ],
    ]),
  );
  const controlReply = control.sync('bad.throw', null);
  const controlLogged = logged.length - loggedBefore;
  logged.length = loggedBefore;
  // A process that has exited (its isolate may outlive it by a macrotask) gets nothing more done.
  const exitedTask = door.task;
  exitedTask.exit(0);
  const afterExit = [door.sync('fs.stat', { path: '/' }), door.async('proc.spawn', { argv: ['/bin/true'] })];
  target.kill('SIGKILL');
  phase('killing the target');
  await within(10_000, target.wait(), 'SIGKILL of the target');
  report({
    problems: problems.slice(0, 50),
    problemCount: problems.length,
    counts,
    logged: logged.slice(0, 20),
    controlReply,
    controlLogged,
    afterExit,
    neighbourStatus,
    neighbourOut: neighbourOut(),
    syscalls: names.length,
  });
} finally {
  phase(
    `closing: ${kernel
      .containers()
      .map(
        (c) =>
          `${c.name}:${c.state}:${c
            .processes()
            .map((t) => `${t.pid}/${t.alive}`)
            .join(',')}`,
      )
      .join(' ')}`,
  );
  await within(10_000, kernel.close(), 'kernel.close');
  cleanup();
}
await exit();

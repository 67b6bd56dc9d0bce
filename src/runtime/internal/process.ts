// Guest zone: the `process` object. Facts come from BootInfo; anything that changes kernel state
// (exit, chdir, umask, kill, signal dispositions) is a syscall.

import EventEmitter from 'events';
import { isSignalName, SIGNALS } from '../../abi/signals.js';
import { sleepUntilDisposed } from './block.js';
import { sys } from './door.js';
import { invalidArgType, nodeError, outOfRange, validateFunction, validateInteger } from './errors.js';
import { nextTick } from './loop.js';
import { boot } from './state.js';
import { createStdio } from './stdio.js';

const NODE_VERSION_FALLBACK = 'v20.0.0';

/** Sentinel: the isolate is about to be disposed by the kernel; nothing after exit may run. */
/**
 * require() of ES modules in progress. Their code runs on the kernel's thread inside the require
 * syscall, where spinning would hold the kernel: an exit there unwinds instead, and the requirer
 * spins once it is back on its own thread (see settleNestedExit).
 */
let nestedEvaluations = 0;
let exitDuringNested = false;

export function enterNestedEvaluation(): void {
  nestedEvaluations++;
}

/** Leaves a nested evaluation; if the program exited inside it, waits here for the disposal. */
export function leaveNestedEvaluation(): void {
  nestedEvaluations--;
  if (nestedEvaluations === 0 && exitDuringNested) spinUntilDisposed();
}

export function spinUntilDisposed(): never {
  // The kernel disposes the isolate (TerminateExecution) right after proc.exit answers.
  return sleepUntilDisposed();
}

type Listener = (...args: unknown[]) => void;

export type GuestProcess = EventEmitter & { [key: string]: unknown };

let exiting = false;
/** process.exitCode as the program set it (Node keeps an integer string as a string). */
let exitCodeRaw: number | string | undefined;

/** Node 20's exitCode rule: undefined/null, an integer, or a string holding an integer. */
function validateExitCode(code: unknown): number | string | undefined {
  if (code === undefined || code === null) return undefined;
  if (typeof code === 'string' && code !== '' && Number.isInteger(Number(code))) return code;
  validateInteger(code, 'code');
  return code;
}

/** Node's checks on cpuUsage's previous value: an object of two non-negative safe numbers. */
function checkCpuUsage(prev: unknown): void {
  if (prev === null || typeof prev !== 'object' || Array.isArray(prev))
    throw invalidArgType('prevValue', 'of type object', prev);
  for (const key of ['user', 'system'] as const) {
    const v = (prev as Record<string, unknown>)[key];
    if (typeof v !== 'number') throw invalidArgType(`prevValue.${key}`, 'of type number', v);
    if (!(v >= 0 && v <= Number.MAX_SAFE_INTEGER))
      throw nodeError(
        'ERR_INVALID_ARG_VALUE',
        `The property 'prevValue.${key}' is invalid. Received ${v}`,
        RangeError,
      );
  }
}

/** Node's emitWarning argument rules: (msg, type, code) or (msg, { type, code, detail }) or (Error). */
function makeWarning(warning: unknown, typeArg?: unknown, codeArg?: unknown): Error | null {
  let type = typeArg;
  let code = codeArg;
  let detail: string | undefined;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    const o = type as { type?: unknown; code?: unknown; detail?: unknown };
    code = o.code;
    if (typeof o.detail === 'string') detail = o.detail;
    type = o.type || 'Warning';
  } else if (typeof type === 'function') {
    type = 'Warning';
    code = undefined;
  }
  if (type !== undefined && typeof type !== 'string') throw invalidArgType('type', 'of type string', type);
  if (typeof code === 'function') code = undefined;
  else if (code !== undefined && typeof code !== 'string')
    throw invalidArgType('code', 'of type string', code);
  let w: Error;
  if (typeof warning === 'string') {
    w = new Error(warning);
    w.name = String(type || 'Warning');
    if (code !== undefined) (w as Error & { code?: unknown }).code = code;
    if (detail !== undefined) (w as Error & { detail?: string }).detail = detail;
  } else if (warning instanceof Error) {
    w = warning;
  } else {
    throw invalidArgType('warning', 'of type string or an instance of Error', warning);
  }
  const proc = (globalThis as unknown as { process: { noDeprecation?: boolean; throwDeprecation?: boolean } })
    .process;
  if (w.name === 'DeprecationWarning') {
    if (proc.noDeprecation) return null;
    if (proc.throwDeprecation) throw w;
  }
  return w;
}

export function reallyExit(code: number): never {
  sys('proc.exit', { code: code & 0xff });
  if (nestedEvaluations > 0) {
    exitDuringNested = true;
    throw new Error('process.exit() inside require() of an ES module: the process is ending');
  }
  return spinUntilDisposed();
}

let consoleTargets: ReturnType<typeof createStdio> | undefined;

/** Where the global console writes fd 1 or 2 (see Stdio.consoleTarget). */
export function consoleTarget(fd: 1 | 2): { write(text: string): unknown } {
  if (!consoleTargets) throw new Error('tsvirt runtime: console before process');
  return consoleTargets.consoleTarget(fd);
}

/** process.cwd() as last set (boot, then chdir): the kernel is asked only when it changes. */
let cwdCache = '/';

/**
 * Builds the process object before any process exists (when the runtime is evaluated, so a warm-pool
 * isolate has it ready: building it is a good part of a boot's cost in a fresh isolate). What BootInfo
 * says (argv, env, pid, versions …) is filled in by `bindProcess` when the process boots; until then
 * those properties hold placeholders, so the object's keys keep Node's order.
 */
export function createProcess(): GuestProcess {
  const proc = new EventEmitter() as GuestProcess;
  const stdio = createStdio(proc);

  // An ordinary object to programs (Object.prototype, inspected plainly), as Node's is; every value is
  // stored as a string, and a variable named __proto__ is a variable, not the prototype.
  const store = (target: Record<string, string>, key: string, value: unknown): boolean =>
    Reflect.defineProperty(target, key, {
      value: String(value),
      writable: true,
      enumerable: true,
      configurable: true,
    });
  // Node's env object inherits from a bare object whose only own property is an anonymous constructor
  // (its name is '': a function written in a property would take the property's name).
  const anonymous = Object.defineProperty(() => {}, 'name', { value: '' });
  const envProto = Object.create(Object.prototype, {
    constructor: { value: anonymous, writable: true, configurable: true, enumerable: false },
  });
  const vars: Record<string, string> = Object.create(envProto);
  const env = new Proxy(vars, {
    set(target, key, value) {
      if (typeof key === 'symbol') return false;
      return store(target, key, value);
    },
    defineProperty(target, key, desc) {
      if (typeof key === 'symbol') return false;
      return store(target, key, desc.value);
    },
  });

  const hrtime = (prev?: [number, number]): [number, number] => {
    const ns = BigInt(Math.round(sys<number>('time.monotonic') * 1e6));
    let sec = Number(ns / 1_000_000_000n);
    let nsec = Number(ns % 1_000_000_000n);
    if (prev) {
      if (!Array.isArray(prev)) throw invalidArgType('time', 'an instance of Array', prev);
      if (prev.length !== 2) throw outOfRange('time', '2', prev.length);
      sec -= prev[0];
      nsec -= prev[1];
      if (nsec < 0) {
        sec--;
        nsec += 1e9;
      }
    }
    return [sec, nsec];
  };
  hrtime.bigint = (): bigint => BigInt(Math.round(sys<number>('time.monotonic') * 1e6));

  const props: Record<string, unknown> = {
    title: 'node',
    // Placeholders until bindProcess (see createProcess).
    version: '',
    versions: {},
    arch: '',
    platform: '',
    release: { name: 'node', lts: 'Iron' },
    argv: [],
    argv0: '',
    execArgv: [],
    execPath: '',
    pid: 0,
    ppid: 0,
    env,
    config: { target_defaults: {}, variables: {} },
    features: {
      inspector: false,
      debug: false,
      uv: true,
      ipv6: true,
      tls_alpn: false,
      tls_sni: false,
      tls_ocsp: false,
      tls: false,
      cached_builtins: true,
    },
    debugPort: 9229,
    allowedNodeEnvironmentFlags: new Set<string>(),
    hrtime,
    nextTick(fn: unknown, ...args: unknown[]) {
      validateFunction(fn, 'callback');
      nextTick(fn as Listener, args);
    },
    cwd: () => cwdCache,
    chdir(dir: unknown) {
      if (typeof dir !== 'string') throw invalidArgType('directory', 'of type string', dir);
      try {
        cwdCache = sys<string>('proc.chdir', { path: dir });
      } catch (err) {
        // Node names both ends: `chdir '/from' -> '/to'`, with path the old cwd and dest the target.
        const e = err as Error & { syscall?: string; path?: string; dest?: string };
        if (e.syscall === 'chdir') {
          e.message = `${e.message.replace(/, chdir .*$/s, '')}, chdir '${cwdCache}' -> '${dir}'`;
          e.path = cwdCache;
          e.dest = dir;
        }
        throw e;
      }
    },
    umask(mask?: unknown) {
      if (mask === undefined) return sys<number>('proc.umask', {});
      const m = typeof mask === 'string' ? Number.parseInt(mask, 8) : mask;
      if (typeof m !== 'number' || !Number.isInteger(m)) throw invalidArgType('mask', 'of type number', mask);
      return sys<number>('proc.umask', { mask: m & 0o777 });
    },
    getuid: () => boot().uid,
    geteuid: () => boot().uid,
    getgid: () => boot().gid,
    getegid: () => boot().gid,
    getgroups: () => [boot().gid],
    uptime: () => sys<number>('time.monotonic') / 1000 - boot().startedAt / 1000,
    memoryUsage: Object.assign(() => sys<Record<string, number>>('proc.memory', {}), {
      rss: () => sys<Record<string, number>>('proc.memory', {}).rss,
    }),
    cpuUsage(prev?: { user: number; system: number }) {
      if (prev !== undefined) checkCpuUsage(prev);
      const now = sys<{ user: number; system: number }>('proc.cpu', {});
      return prev ? { user: now.user - prev.user, system: now.system - prev.system } : now;
    },
    resourceUsage: () => {
      const cpu = sys<{ user: number; system: number }>('proc.cpu', {});
      const mem = sys<Record<string, number>>('proc.memory', {});
      return { userCPUTime: cpu.user, systemCPUTime: cpu.system, maxRSS: Math.round((mem.rss ?? 0) / 1024) };
    },
    kill(pid: unknown, sig: unknown = 'SIGTERM') {
      if (typeof pid !== 'number' || !Number.isInteger(pid))
        throw invalidArgType('pid', 'of type number', pid);
      const name =
        typeof sig === 'number'
          ? Object.keys(SIGNALS).find((k) => SIGNALS[k as keyof typeof SIGNALS] === sig)
          : sig;
      if (sig !== 0 && !isSignalName(name)) {
        const err = new TypeError(`Unknown signal: ${String(sig)}`) as TypeError & { code: string };
        err.code = 'ERR_UNKNOWN_SIGNAL';
        throw err;
      }
      sys('proc.kill', { pid, sig: sig === 0 ? 0 : name });
      return true;
    },
    exit(code?: unknown) {
      const c = validateExitCode(code);
      if (c !== undefined) exitCodeRaw = c;
      if (!exiting) {
        exiting = true;
        proc.emit('exit', currentExitCode() ?? 0);
      }
      return reallyExit(currentExitCode() ?? 0);
    },
    reallyExit: (code: number) => reallyExit(code),
    abort(): never {
      stdio.writeRaw(2, 'node: abort() called\n');
      sys('proc.exit', { signal: 'SIGABRT' });
      return spinUntilDisposed();
    },
    emitWarning(warning: unknown, type?: unknown, code?: unknown) {
      const w = makeWarning(warning, type, code);
      if (!w) return;
      nextTick(() => {
        // Node prints from a 'warning' listener installed at startup, so printing comes first;
        // user listeners observe, they do not silence.
        const noWarnings = proc.noProcessWarnings === true || boot().execArgv.includes('--no-warnings');
        if (!noWarnings) {
          const c = (w as Error & { code?: string }).code;
          let msg = `(node:${boot().pid}) ${c ? `[${c}] ` : ''}${String(w)}`;
          const detail = (w as Error & { detail?: unknown }).detail;
          if (typeof detail === 'string') msg += `\n${detail}`;
          if (!warnedHint) {
            warnedHint = true;
            const flag = w.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
            msg += `\n(Use \`node ${flag} ...\` to show where the warning was created)`;
          }
          stdio.writeRaw(2, `${msg}\n`);
        }
        proc.emit('warning', w);
      }, []);
    },
    binding(name: string) {
      throw new Error(`No such module: ${name}`);
    },
    dlopen() {
      const err = new Error('Native addons (.node files) cannot be loaded in tsvirt') as Error & {
        code: string;
      };
      err.code = 'ERR_DLOPEN_FAILED';
      throw err;
    },
    setUncaughtExceptionCaptureCallback(fn: unknown) {
      captureCallback = typeof fn === 'function' ? (fn as Listener) : null;
    },
    hasUncaughtExceptionCaptureCallback: () => captureCallback !== null,
    getActiveResourcesInfo: () => [],
    setSourceMapsEnabled() {},
    report: { writeReport: () => '' },
  };
  let warnedHint = false;
  // Plain assignment makes the same writable, enumerable, configurable data properties as a
  // defineProperty per key, in one builtin call instead of seventy interpreted ones.
  Object.assign(proc, props);
  Object.defineProperty(proc, 'exitCode', {
    get: () => exitCodeRaw,
    set: (v: unknown) => {
      exitCodeRaw = validateExitCode(v);
    },
    enumerable: true,
    configurable: true,
  });
  Object.defineProperty(proc, Symbol.toStringTag, { value: 'process', configurable: true });
  stdio.install();
  consoleTargets = stdio;

  // Tell the kernel when a signal gains or loses its last listener, so it knows whether to
  // deliver the signal as an event or apply the default action.
  proc.on('newListener', (event: unknown) => {
    if (isSignalName(event) && proc.listenerCount(event) === 0)
      sys('proc.sigaction', { sig: event, handled: true });
  });
  proc.on('removeListener', (event: unknown) => {
    if (isSignalName(event) && proc.listenerCount(event) === 0)
      sys('proc.sigaction', { sig: event, handled: false });
  });
  return proc;
}

/** Makes the process object `proc` (from createProcess) the process BootInfo describes. */
export function bindProcess(proc: GuestProcess): void {
  const b = boot();
  const version = b.nodeVersion || NODE_VERSION_FALLBACK;
  cwdCache = b.cwd;
  // Through the env proxy's set trap, which stores each as a string data property (`__proto__` too).
  Object.assign(proc.env as Record<string, string>, b.env);
  Object.assign(proc, {
    version,
    versions: {
      node: version.slice(1),
      v8: '11.3.244.8-node.33',
      uv: '1.46.0',
      modules: '115',
      tsvirt: '0.1.0',
    },
    arch: b.arch,
    platform: b.platform,
    argv: b.argv.slice(),
    argv0: b.argv0,
    execArgv: b.execArgv.slice(),
    execPath: b.execPath,
    pid: b.pid,
    ppid: b.ppid,
  });
}

let captureCallback: Listener | null = null;

/** The registered setUncaughtExceptionCaptureCallback, if any. */
export function uncaughtCapture(): Listener | null {
  return captureCallback;
}

export function isExiting(): boolean {
  return exiting;
}

export function markExiting(): void {
  exiting = true;
}

/** The exit status the process would end with now, as a number (undefined: none was set). */
export function currentExitCode(): number | undefined {
  return exitCodeRaw === undefined ? undefined : Number(exitCodeRaw);
}

// Host zone (CLI): turns `tsvirt run`'s parsed flags and operands into a ContainerSpec plus how to
// attach to it. Pure apart from reading --env-file files and checking --rootfs, so it is unit-testable.

import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { parseRestart, type RestartPolicy } from '../daemon/restart.js';
import type { ContainerSpec, Limits, MountSpec } from '../kernel/spec.js';
import type { PortMapping } from '../net/publish.js';
import { parseEnvFile } from './env-file.js';
import { badValue, CliError, EXIT } from './errors.js';
import {
  parseCpuShares,
  parseDuration,
  parseMemoryReservation,
  parseStopTimeout,
  parseStorageOpt,
} from './limit-values.js';
import { parseBytes, parseCpus, parseEnvArg, parseTmpfs, parseUlimit, parseVolume } from './values.js';

/** `run`'s flags as the parser hands them over (repeatable flags may come as one string or many). */
export interface RunFlags {
  rootfs?: string | undefined;
  rm?: boolean | undefined;
  interactive?: boolean | undefined;
  tty?: boolean | undefined;
  env?: string | string[] | undefined;
  envFile?: string | string[] | undefined;
  workdir?: string | undefined;
  volume?: string | string[] | undefined;
  tmpfs?: string | string[] | undefined;
  name?: string | undefined;
  hostname?: string | undefined;
  publish?: string | string[] | undefined;
  publishAll?: boolean | undefined;
  allowNet?: string | string[] | undefined;
  addHost?: string | string[] | undefined;
  netConnections?: string | undefined;
  netRate?: string | undefined;
  netIdleTimeout?: string | undefined;
  network?: string | undefined;
  networkAlias?: string | string[] | undefined;
  user?: string | undefined;
  entrypoint?: string | undefined;
  readOnly?: boolean | undefined;
  memory?: string | undefined;
  cpus?: string | undefined;
  pidsLimit?: string | undefined;
  ulimit?: string | string[] | undefined;
  cpuShares?: string | undefined;
  memoryReservation?: string | undefined;
  storageOpt?: string | string[] | undefined;
  stopTimeout?: string | undefined;
  timeout?: string | undefined;
  statsFile?: string | undefined;
  detach?: boolean | undefined;
  restart?: string | undefined;
}

/** What the host side of the CLI provides: its cwd, its environment, and a way to read files. */
export interface RunContext {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  readFile(path: string): string;
  /** The host terminal's size, when stdout is a terminal. */
  terminalSize?: { columns: number; rows: number } | undefined;
}

/** A container to create, and how the foreground CLI attaches to it. */
export interface RunPlan {
  spec: ContainerSpec;
  interactive: boolean;
  tty: boolean;
  remove: boolean;
  /** Where to write the final stats as JSON (--stats-file), resolved against the CLI's cwd. */
  statsFile?: string;
  /** -d: create and start it in the daemon, print its id. */
  detach: boolean;
  /** --restart (daemon only). */
  restart: RestartPolicy;
}

function list(v: string | string[] | undefined): string[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

/** The last value of a flag given once or more (Docker: the last one wins). */
function last(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[v.length - 1] : v;
}

function single<T extends string | boolean>(v: T | T[] | undefined): T | undefined {
  return Array.isArray(v) ? v[v.length - 1] : v;
}

function rootfsDir(dir: string, cwd: string): string {
  const abs = resolve(cwd, dir);
  let isDir: boolean;
  try {
    isDir = statSync(abs).isDirectory();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(`--rootfs ${dir}: ${code === 'ENOENT' ? 'no such file or directory' : String(code)}`);
  }
  if (!isDir) throw new CliError(`--rootfs ${dir}: not a directory`);
  return abs;
}

/** How an --env-file that cannot be read is described (as strerror would). */
const ENV_FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EFBIG: 'file too large (an env file holds at most 2 MiB)',
};

function environment(flags: RunFlags, ctx: RunContext): string[] | undefined {
  const env: string[] = [];
  // Docker applies --env-file first, then -e, so -e wins.
  for (const file of list(flags.envFile)) {
    let text: string;
    try {
      text = ctx.readFile(resolve(ctx.cwd, file));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new CliError(`--env-file ${file}: ${ENV_FILE_ERRORS[String(code)] ?? String(code)}`);
    }
    env.push(...parseEnvFile(text, file, ctx.env));
  }
  for (const arg of list(flags.env)) {
    const entry = parseEnvArg(arg, ctx.env);
    if (entry !== null) env.push(entry);
  }
  return env.length > 0 ? env : undefined;
}

function limits(flags: RunFlags): Limits | undefined {
  const out: Limits = {};
  const memory = last(flags.memory);
  if (memory !== undefined) {
    const bytes = parseBytes(memory);
    if (bytes === null) throw badValue('-m, --memory', memory, `invalid size: '${memory}'`);
    if (bytes < 6 * 1024 * 1024) throw new CliError('minimum memory limit allowed is 6MB');
    out.memory = bytes;
  }
  const cpus = last(flags.cpus);
  if (cpus !== undefined) out.cpus = parseCpus(cpus);
  const pids = last(flags.pidsLimit);
  if (pids !== undefined) {
    if (!/^-?\d+$/.test(pids))
      throw badValue('--pids-limit', pids, `strconv.ParseInt: parsing "${pids}": invalid syntax`);
    // Docker: 0 and -1 mean unlimited.
    if (Number(pids) > 0) out.pids = Number(pids);
  }
  for (const u of list(flags.ulimit)) out.nofile = parseUlimit(u).soft;
  const shares = last(flags.cpuShares);
  if (shares !== undefined) {
    const n = parseCpuShares(shares);
    if (n !== undefined) out.cpuShares = n;
  }
  const reservation = last(flags.memoryReservation);
  if (reservation !== undefined) out.memoryReservation = parseMemoryReservation(reservation, out.memory);
  for (const opt of list(flags.storageOpt)) out.storage = parseStorageOpt(opt);
  const stop = last(flags.stopTimeout);
  if (stop !== undefined) out.stopTimeoutMs = parseStopTimeout(stop);
  const timeout = last(flags.timeout);
  if (timeout !== undefined) {
    const ms = parseDuration(timeout);
    if (ms !== undefined) out.timeoutMs = ms;
  }
  const conns = last(flags.netConnections);
  if (conns !== undefined) {
    if (!/^[1-9]\d{0,6}$/.test(conns))
      throw badValue('--net-connections', conns, 'expected a positive integer');
    out.connections = Number(conns);
  }
  const rate = last(flags.netRate);
  if (rate !== undefined) {
    const bytes = parseBytes(rate);
    if (bytes === null || bytes < 1024)
      throw badValue('--net-rate', rate, 'expected bytes per second, at least 1k');
    out.netRate = bytes;
  }
  const idle = last(flags.netIdleTimeout);
  if (idle !== undefined) {
    const ms = parseDuration(idle, '--net-idle-timeout', 'ms');
    if (ms !== undefined) out.netIdleMs = ms;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * `-p` as docker run takes it: `[IP:][HOSTPORT:]CONTAINERPORT[/tcp]`, where HOSTPORT may be empty
 * (`127.0.0.1::80`: a free host port) and both may be equal-length ranges (`8000-8001:80-81`).
 */
export function parsePublishes(v: string): PortMapping[] {
  const m = /^(?:(\d{1,3}(?:\.\d{1,3}){3}):)?(?:(\d*(?:-\d+)?):)?(\d+(?:-\d+)?)(?:\/tcp)?$/.exec(v);
  const range = (s: string, min: number): [number, number] | undefined => {
    const [a, b = a] = s.split('-').map(Number) as [number, number?];
    const ok = (n: number) => Number.isInteger(n) && n >= min && n <= 65535;
    return ok(a) && ok(b) && b >= a && b - a < 1024 ? [a, b] : undefined;
  };
  const bad = (why: string) => new CliError(`invalid publish spec "${v}": ${why}`);
  if (!m) {
    if (/\/udp$/.test(v)) throw bad('udp is not supported');
    throw bad('expected [IP:][HOSTPORT:]CONTAINERPORT');
  }
  const cr = range(m[3] as string, 1);
  const hr = m[2] === undefined || m[2] === '' ? undefined : range(m[2], 0);
  if (!cr || (m[2] && !hr)) throw bad('expected [IP:][HOSTPORT:]CONTAINERPORT');
  const count = cr[1] - cr[0] + 1;
  if (hr && hr[1] - hr[0] + 1 !== count) throw bad('host and container port ranges differ in size');
  const ip = m[1] !== undefined ? { hostIp: m[1] } : {};
  return Array.from({ length: count }, (_, i) => ({
    hostPort: hr ? (hr[0] === 0 ? 0 : hr[0] + i) : 0,
    containerPort: cr[0] + i,
    ...ip,
  }));
}

/** One `-p` mapping (a range is an error here; see parsePublishes). */
export function parsePublish(v: string): PortMapping {
  const all = parsePublishes(v);
  if (all.length !== 1)
    throw new CliError(`invalid publish spec "${v}": a range where one port was expected`);
  return all[0] as PortMapping;
}

/** `--net-idle-timeout`: milliseconds, or a number with ms, s or m. */
function mounts(flags: RunFlags, cwd: string): MountSpec[] | undefined {
  const out: MountSpec[] = [
    ...list(flags.volume).map((v) => parseVolume(v, cwd)),
    ...list(flags.tmpfs).map(parseTmpfs),
  ];
  const seen = new Set<string>();
  for (const m of out) {
    // Docker's -v would create a missing host directory; tsvirt refuses, as docker's --mount does.
    if (m.type === 'bind' && !existsSync(m.source)) {
      throw new CliError(`invalid volume specification: bind source path does not exist: ${m.source}`);
    }
    if (seen.has(m.target)) throw new CliError(`duplicate mount point: ${m.target}`);
    seen.add(m.target);
  }
  return out.length > 0 ? out : undefined;
}

/**
 * Builds the plan for `tsvirt run [FLAGS] --rootfs DIR [COMMAND [ARG...]]` or
 * `tsvirt run [FLAGS] IMAGE [COMMAND [ARG...]]`. Throws CliError (exit 125, or 1 for usage).
 */
export function planRun(flags: RunFlags, operands: readonly string[], ctx: RunContext): RunPlan {
  const detach = single(flags.detach) === true;
  const restartText = last(flags.restart);
  const restart =
    restartText === undefined ? { Name: 'no' as const, MaximumRetryCount: 0 } : parseRestart(restartText);
  if (typeof restart === 'string') throw badValue('--restart', restartText as string, restart);
  if (restart.Name !== 'no' && !detach)
    throw new CliError('--restart: restart policies need a detached container (-d) run by the daemon');
  if (restart.Name !== 'no' && single(flags.rm))
    throw new CliError('Conflicting options: --restart and --rm');
  const rootfs = last(flags.rootfs);
  let image: string | undefined;
  const command = [...operands];
  if (rootfs === undefined) {
    if (command.length === 0) {
      throw new CliError(
        `"tsvirt run" requires at least 1 argument (an IMAGE, or --rootfs DIR); see 'tsvirt run --help'`,
        EXIT.usage,
      );
    }
    image = command.shift();
  }
  const workdir = last(flags.workdir);
  if (workdir !== undefined && !isAbsolute(workdir)) {
    throw new CliError(`the working directory '${workdir}' is invalid, it needs to be an absolute path`);
  }
  const tty = single(flags.tty) === true;
  const spec: ContainerSpec = {
    ...(rootfs !== undefined ? { rootfs: rootfsDir(rootfs, ctx.cwd) } : { image: image as string }),
    ...(command.length > 0 ? { cmd: command } : {}),
  };
  const entrypoint = last(flags.entrypoint);
  // Docker: --entrypoint "" clears the image's entrypoint; any other value is one executable.
  if (entrypoint !== undefined) spec.entrypoint = entrypoint === '' ? [] : [entrypoint];
  const env = environment(flags, ctx);
  if (env) spec.env = env;
  if (workdir !== undefined) spec.workdir = workdir;
  const m = mounts(flags, ctx.cwd);
  if (m) spec.mounts = m;
  const name = last(flags.name);
  if (name !== undefined) spec.name = name;
  const hostname = last(flags.hostname);
  if (hostname !== undefined) spec.hostname = hostname;
  const user = last(flags.user);
  if (user !== undefined) spec.user = user;
  const ports = list(flags.publish).flatMap(parsePublishes);
  if (ports.length > 0) spec.ports = ports;
  if (single(flags.publishAll)) spec.publishAll = true;
  const allowNet = list(flags.allowNet);
  if (allowNet.length > 0) spec.allowNet = allowNet;
  const addHost = list(flags.addHost);
  if (addHost.length > 0) spec.extraHosts = addHost;
  const network = last(flags.network);
  if (network !== undefined) spec.network = network;
  const aliases = list(flags.networkAlias);
  if (aliases.length > 0) spec.networkAliases = aliases;
  const interactive = single(flags.interactive) === true;
  if (tty) {
    spec.tty = true;
    if (ctx.terminalSize) spec.ttySize = ctx.terminalSize;
  }
  if (interactive) spec.openStdin = true;
  if (single(flags.readOnly)) spec.readOnly = true;
  const l = limits(flags);
  if (l) spec.limits = l;
  const statsFile = last(flags.statsFile);
  if (statsFile === '') throw badValue('--stats-file', statsFile, 'a file name is required');
  return {
    spec,
    interactive,
    tty,
    remove: single(flags.rm) === true,
    detach,
    restart,
    ...(statsFile !== undefined ? { statsFile: resolve(ctx.cwd, statsFile) } : {}),
  };
}

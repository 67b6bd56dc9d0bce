// Guest zone: node:os. Facts come from the process's boot info (hostname is the container's uts
// namespace); machine-wide figures come from the kernel, never from the host directly.

import { Buffer } from 'buffer';
import { ERRNO } from '../../abi/errno.js';
import { SIGNALS } from '../../abi/signals.js';
import { sys } from '../internal/door.js';
import { validateInteger } from '../internal/errors.js';
import { boot } from '../internal/state.js';

const errno: Record<string, number> = {};
for (const [code, [num]] of Object.entries(ERRNO)) if (num > -200) errno[code] = -num;

/** eth0, eth1 … for the container's networks (Docker's naming, and its 02:42 MAC prefix). */
function containerInterfaces(): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  const list = sys<{ address: string; prefix: number }[]>('net.interfaces');
  list.forEach((x, i) => {
    const bytes = x.address.split('.').map(Number);
    const maskBits = (0xffffffff << (32 - x.prefix)) >>> 0;
    const netmask = [24, 16, 8, 0].map((s) => (maskBits >>> s) & 255).join('.');
    const mac = ['02', '42', ...bytes.map((b) => b.toString(16).padStart(2, '0'))].join(':');
    out[`eth${i}`] = [
      { address: x.address, netmask, family: 'IPv4', mac, internal: false, cidr: `${x.address}/${x.prefix}` },
    ];
  });
  return out;
}

function env(): Record<string, string | undefined> {
  return (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;
}

export default {
  EOL: '\n',
  devNull: '/dev/null',
  hostname: () => boot().hostname,
  platform: () => 'linux',
  type: () => 'Linux',
  release: () => '6.1.0-tsvirt',
  version: () => '#1 SMP tsvirt',
  machine: () => (boot().arch === 'arm64' ? 'aarch64' : 'x86_64'),
  arch: () => boot().arch,
  endianness: () => 'LE',
  homedir: () => env().HOME ?? '/root',
  tmpdir: () => {
    const t = env().TMPDIR ?? env().TMP ?? env().TEMP ?? '/tmp';
    return t.length > 1 && t.endsWith('/') ? t.slice(0, -1) : t;
  },
  uptime: () => Math.floor(sys<number>('time.monotonic') / 1000),
  loadavg: () => [0, 0, 0],
  totalmem: () => sys<Record<string, number>>('proc.memory', {}).heapTotal ?? 0,
  freemem: () => {
    const m = sys<Record<string, number>>('proc.memory', {});
    return Math.max(0, (m.heapTotal ?? 0) - (m.heapUsed ?? 0));
  },
  availableParallelism: () => 1,
  cpus: () => [
    { model: 'tsvirt virtual cpu', speed: 0, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } },
  ],
  networkInterfaces: () => ({
    lo: [
      {
        address: '127.0.0.1',
        netmask: '255.0.0.0',
        family: 'IPv4',
        mac: '00:00:00:00:00:00',
        internal: true,
        cidr: '127.0.0.1/8',
      },
    ],
    ...containerInterfaces(),
  }),
  userInfo: (options?: unknown) => {
    const b = boot();
    const username = env().USER ?? (b.uid === 0 ? 'root' : String(b.uid));
    const homedir = env().HOME ?? '/';
    // { encoding: 'buffer' } returns the strings as Buffers, as Node does.
    const asBuffer = (options as { encoding?: unknown } | null | undefined)?.encoding === 'buffer';
    const text = (s: string) => (asBuffer ? Buffer.from(s) : s);
    return { uid: b.uid, gid: b.gid, username: text(username), homedir: text(homedir), shell: null };
  },
  getPriority: (pid?: unknown) => {
    if (pid !== undefined) validateInteger(pid, 'pid');
    return 0;
  },
  setPriority: (pidOrPriority: unknown, maybePriority?: unknown) => {
    const priority = maybePriority === undefined ? pidOrPriority : maybePriority;
    if (maybePriority !== undefined) validateInteger(pidOrPriority, 'pid');
    validateInteger(priority, 'priority', -20, 19);
  },
  constants: {
    signals: { ...SIGNALS },
    errno,
    priority: {
      PRIORITY_LOW: 19,
      PRIORITY_BELOW_NORMAL: 10,
      PRIORITY_NORMAL: 0,
      PRIORITY_ABOVE_NORMAL: -7,
      PRIORITY_HIGH: -14,
      PRIORITY_HIGHEST: -20,
    },
    dlopen: {},
    UV_UDP_REUSEADDR: 4,
  },
};

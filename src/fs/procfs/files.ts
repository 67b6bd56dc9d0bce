// Host zone: the text of procfs files, in Linux's formats (a process's status and stat, meminfo,
// uptime, cpuinfo, version, mounts), generated at open time from a ProcView.

import { cpus } from 'node:os';
import type { Mount } from '../mounts.js';
import type { ProcInfo, ProcView } from './view.js';

const kb = (bytes: number) => Math.ceil(bytes / 1024);

/** /proc/<pid>/cmdline and environ: NUL-terminated strings. */
export function nulList(items: readonly string[]): string {
  return items.map((s) => `${s}\0`).join('');
}

function comm(p: ProcInfo): string {
  const base = (p.argv[0] ?? 'node').split('/').pop() ?? 'node';
  return base.slice(0, 15);
}

export function statusText(p: ProcInfo): string {
  const states = { R: 'R (running)', S: 'S (sleeping)', T: 'T (stopped)', Z: 'Z (zombie)' } as const;
  return [
    `Name:\t${comm(p)}`,
    `Umask:\t${p.umask.toString(8).padStart(4, '0')}`,
    `State:\t${states[p.state]}`,
    `Tgid:\t${p.pid}`,
    `Pid:\t${p.pid}`,
    `PPid:\t${p.ppid}`,
    `Uid:\t${p.uid}\t${p.uid}\t${p.uid}\t${p.uid}`,
    `Gid:\t${p.gid}\t${p.gid}\t${p.gid}\t${p.gid}`,
    `FDSize:\t${Math.max(64, p.fds.length)}`,
    `VmRSS:\t${String(kb(p.memory)).padStart(8)} kB`,
    `Threads:\t1`,
    '',
  ].join('\n');
}

/** /proc/<pid>/stat: the 52 space-separated fields; times in clock ticks (100 Hz). */
export function statText(p: ProcInfo): string {
  const ticks = (ms: number) => Math.floor(ms / 10);
  const fields: Array<string | number> = [p.pid, `(${comm(p)})`, p.state, p.ppid, p.pid, p.pid, 0, -1, 0];
  fields.push(
    0,
    0,
    0,
    0,
    ticks(p.cpuMs),
    0,
    0,
    0,
    20,
    0,
    1,
    0,
    ticks(p.startMs),
    p.memory,
    Math.ceil(p.memory / 4096),
  );
  while (fields.length < 52) fields.push(0);
  return `${fields.join(' ')}\n`;
}

export function meminfoText(view: ProcView): string {
  const { total, used } = view.memory();
  const free = Math.max(0, total - used);
  const line = (k: string, v: number) => `${`${k}:`.padEnd(16)}${String(kb(v)).padStart(8)} kB`;
  return `${[line('MemTotal', total), line('MemFree', free), line('MemAvailable', free), line('Buffers', 0), line('Cached', 0), line('SwapTotal', 0), line('SwapFree', 0)].join('\n')}\n`;
}

export function uptimeText(view: ProcView): string {
  const up = view.uptime();
  return `${up.toFixed(2)} ${up.toFixed(2)}\n`;
}

export function cpuinfoText(): string {
  return cpus()
    .map((c, i) =>
      [
        `processor\t: ${i}`,
        `model name\t: ${c.model}`,
        `cpu MHz\t\t: ${c.speed.toFixed(3)}`,
        'cpu cores\t: 1',
        '',
      ].join('\n'),
    )
    .join('\n');
}

export function versionText(): string {
  return 'Linux version 6.1.0-tsvirt (tsvirt@tsvirt) (tsvirt kernel, V8 isolates) #1 SMP\n';
}

export function mountsText(mounts: readonly Mount[]): string {
  return mounts
    .map((m) => `${m.source} /${m.target.join('/')} ${m.fsType} ${m.readOnly ? 'ro' : 'rw'},relatime 0 0\n`)
    .join('');
}

// Host zone (daemon): the messages between the supervisor and its kernel shards, over the IPC channel
// of child_process.fork (advanced serialization, so byte arrays cross as they are). Requests carry an
// id and get exactly one reply; events flow from the shard unasked.

import type { ContainerStats } from '../cgroup/cgroup.js';
import type { ProcessInfo } from '../kernel/container.js';
import type { ExecOptions } from '../kernel/exec-session.js';
import type { ContainerSpec } from '../kernel/spec.js';
import type { ExitStatus } from '../kernel/task.js';

/** 1 stdout, 2 stderr: the stream numbers of Docker's multiplexed stream. */
export type StreamNo = 1 | 2;

/** What the supervisor asks a shard to do. `cid` is the daemon's container id. */
export type ShardOp =
  | { op: 'create'; cid: string; spec: ContainerSpec }
  | { op: 'start'; cid: string; run: number; spec: ContainerSpec }
  | { op: 'kill'; cid: string; signal: string }
  | { op: 'stop'; cid: string; timeoutMs: number }
  | { op: 'remove'; cid: string }
  | { op: 'stats'; cid: string }
  | { op: 'top'; cid: string }
  | { op: 'exec'; cid: string; eid: string; argv: string[]; options: ExecOptions; stdin: boolean }
  | { op: 'exec-stdin'; eid: string; data?: Uint8Array; end?: boolean }
  | { op: 'exec-kill'; eid: string; signal: string }
  | { op: 'net-create'; name: string; subnet?: string }
  | { op: 'net-rm'; name: string };

/** What each op answers with. */
export interface ShardReplies {
  create: null;
  start: null;
  kill: null;
  stop: null;
  remove: null;
  stats: ContainerStats;
  top: ProcessInfo[];
  exec: { pid: number | null };
  'exec-stdin': null;
  'exec-kill': null;
  'net-create': { name: string; subnet: string };
  'net-rm': null;
}

/** An error as it crosses back: a one-line message and the HTTP status class it maps to. */
export interface ShardError {
  message: string;
  /** 'invalid' (400), 'notfound' (404), 'conflict' (409) or 'internal' (500). */
  kind: 'invalid' | 'notfound' | 'conflict' | 'internal';
}

export type ToShard = { t: 'req'; rid: number } & ShardOp;

export type FromShard =
  | { t: 'ready'; pid: number }
  | { t: 'res'; rid: number; ok: true; value: unknown }
  | { t: 'res'; rid: number; ok: false; error: ShardError }
  | { t: 'out'; cid: string; stream: StreamNo; data: Uint8Array }
  | { t: 'exit'; cid: string; run: number; status: ExitStatus }
  | { t: 'exec-out'; eid: string; stream: StreamNo; data: Uint8Array }
  | { t: 'exec-exit'; eid: string; status: ExitStatus }
  | { t: 'log'; message: string };

// Host zone: what a syscall table entry is. Handlers are thin: parse the arguments through a shape
// (kernel/validate.ts), then hand off to the subsystem with the calling task first.

import type { AsyncOp, Task } from '../task.js';

export type Support = 'full' | 'partial' | 'unsupported';

export interface SyscallEntry {
  support: Support;
  /** What is missing when support is partial or unsupported. */
  note?: string;
  /** The syscall name Node prints in errors (`open`, `scandir` …); default: the part after the family. */
  errName?: string;
  /** Answers now. Absent for async-only calls. */
  sync?: (task: Task, args: unknown) => unknown;
  /** Starts work that completes through `op`. Absent: door.async runs `sync` and completes next turn. */
  async?: (task: Task, args: unknown, op: AsyncOp) => void;
}

export type SyscallFamily = Record<string, SyscallEntry>;

// Host zone: per-task tables of native handles (hash states, ciphers, zlib streams) that the guest
// names by integer id. Each table is bounded (EMFILE past the limit) and closed when the task dies.

import { fail } from '../errno.js';
import type { Task } from '../task.js';

/** How many live handles of one kind a process may hold (like RLIMIT_NOFILE for fds). */
export const MAX_HANDLES = 1024;

/** A table of one kind of handle for one task. */
export class HandleTable<T> {
  private readonly items = new Map<number, T>();
  private next = 1;

  constructor(
    private readonly release: (item: T) => void,
    private readonly limit = MAX_HANDLES,
  ) {}

  /** Stores an item and returns its id; EMFILE when the task already holds `limit` of them. */
  open(item: T): number {
    if (this.items.size >= this.limit) {
      this.release(item);
      return fail('EMFILE');
    }
    const id = this.next++;
    this.items.set(id, item);
    return id;
  }

  /** The item with this id; EBADF for an unknown or closed id. */
  get(id: number): T {
    const item = this.items.get(id);
    return item === undefined ? fail('EBADF') : item;
  }

  /** Forgets and releases an item (EBADF for an unknown id). */
  close(id: number): void {
    const item = this.get(id);
    this.items.delete(id);
    this.release(item);
  }

  get size(): number {
    return this.items.size;
  }

  closeAll(): void {
    for (const item of this.items.values()) this.release(item);
    this.items.clear();
  }
}

/**
 * A per-task table keyed by a family's own key: created on first use, closed at the task's death.
 * The WeakMap holds no task alive; the table is per task, never shared between tasks.
 */
export function perTask<T>(make: () => HandleTable<T>): (task: Task) => HandleTable<T> {
  const tables = new WeakMap<Task, HandleTable<T>>();
  return (task) => {
    let table = tables.get(task);
    if (!table) {
      if (!task.alive) return fail('ESRCH');
      const created = make();
      table = created;
      tables.set(task, created);
      task.onDeath(() => {
        created.closeAll();
        tables.delete(task);
      });
    }
    return table;
  };
}

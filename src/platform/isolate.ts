// Host zone (platform): one guest process's isolate. The only place (with runtime-image.ts) that
// touches isolated-vm. It installs the door (two ivm.Callbacks the runtime captures and hides at boot),
// dispatches events into the guest one macrotask at a time, and disposes the isolate on kill.

import ivm from 'isolated-vm';
import type { WireError } from '../abi/errno.js';
import type { BootInfo, GuestEvent, LoopState, SyncReply } from '../abi/wire.js';
import { compileRuntime, type RuntimeImage } from './runtime-image.js';

/** The kernel's side of the door for one process. Handlers must return data and never throw. */
export interface DoorHandlers {
  sync(name: string, args: unknown): SyncReply;
  async(name: string, args: unknown): SyncReply;
}

export interface IsolateOptions {
  /** V8 heap limit in MiB (isolated-vm's minimum is 8). */
  memoryLimitMb: number;
}

const COPY_IN = Object.freeze({
  arguments: Object.freeze({ copy: true }),
  result: Object.freeze({ copy: true }),
});

function internalError(name: unknown, err: unknown, onError: (e: unknown) => void): SyncReply {
  onError(err);
  const wire: WireError = { code: 'EIO', syscall: typeof name === 'string' ? name.slice(0, 64) : 'unknown' };
  return [wire, null];
}

/**
 * An isolate with the runtime loaded but no process booted: what the warm pool keeps ready.
 * `attach` binds it to a process (its door handlers and boot info) exactly once.
 */
export class GuestIsolate {
  readonly isolate: ivm.Isolate;
  private readonly context: ivm.Context;
  private handlers: DoorHandlers | undefined;
  private dispatchRef: ivm.Reference<(ev: GuestEvent) => LoopState> | undefined;
  private esmHooksRef: ivm.Reference<Record<string, unknown>> | undefined;
  private disposed = false;

  private constructor(isolate: ivm.Isolate, context: ivm.Context) {
    this.isolate = isolate;
    this.context = context;
  }

  /** Creates the isolate, installs the door and runs the runtime bundle (no user code runs yet). */
  static create(image: RuntimeImage, opts: IsolateOptions, onHostError: (e: unknown) => void): GuestIsolate {
    const isolate = new ivm.Isolate({ memoryLimit: Math.max(8, Math.floor(opts.memoryLimitMb)) });
    try {
      const guest = new GuestIsolate(isolate, isolate.createContextSync());
      guest.installDoor(onHostError);
      compileRuntime(isolate, image).runSync(guest.context);
      return guest;
    } catch (err) {
      isolate.dispose();
      throw err;
    }
  }

  /**
   * The same as `create`, but the context, the compile and the runtime's evaluation happen on
   * isolated-vm's threads: what the warm pool uses, so refilling it never stalls the kernel's thread.
   */
  static async createAsync(
    image: RuntimeImage,
    opts: IsolateOptions,
    onHostError: (e: unknown) => void,
  ): Promise<GuestIsolate> {
    const isolate = new ivm.Isolate({ memoryLimit: Math.max(8, Math.floor(opts.memoryLimitMb)) });
    try {
      const guest = new GuestIsolate(isolate, await isolate.createContext());
      guest.installDoor(onHostError);
      const script = image.cachedData
        ? await isolate.compileScript(image.source, {
            filename: image.filename,
            cachedData: image.cachedData,
          })
        : compileRuntime(isolate, image);
      await script.run(guest.context);
      return guest;
    } catch (err) {
      if (!isolate.isDisposed) isolate.dispose();
      throw err;
    }
  }

  /**
   * The door: two functions, arguments and results structured-cloned by isolated-vm. The runtime
   * captures them in its bootstrap closure and deletes these globals before any user code runs.
   */
  private installDoor(onHostError: (e: unknown) => void): void {
    const sync = (name: unknown, args: unknown): SyncReply => {
      const h = this.handlers;
      if (!h || typeof name !== 'string') return [{ code: 'ENOSYS', syscall: 'door' }, null];
      try {
        return h.sync(name, args);
      } catch (err) {
        return internalError(name, err, onHostError);
      }
    };
    const start = (name: unknown, args: unknown): SyncReply => {
      const h = this.handlers;
      if (!h || typeof name !== 'string') return [{ code: 'ENOSYS', syscall: 'door' }, null];
      try {
        return h.async(name, args);
      } catch (err) {
        return internalError(name, err, onHostError);
      }
    };
    this.context.global.setSync('__tsvirt_sync', new ivm.Callback(sync));
    this.context.global.setSync('__tsvirt_async', new ivm.Callback(start));
  }

  /**
   * Boots the runtime for one process; after this, `dispatch` delivers events to it. Returns the
   * shared wake word: the guest sleeps on it (Atomics.wait) during a blocking syscall and the kernel
   * bumps it (Atomics.notify) when the result is ready. The host only ever writes it.
   */
  attach(info: BootInfo, handlers: DoorHandlers): Int32Array {
    if (this.handlers) throw new Error('isolate already attached');
    this.handlers = handlers;
    const wake = new SharedArrayBuffer(4);
    this.context.global.setSync('__tsvirt_wake', new ivm.ExternalCopy(wake).copyInto({ release: true }));
    const boot = this.context.global.getSync('__tsvirt_boot', { reference: true }) as ivm.Reference<
      (info: BootInfo) => (ev: GuestEvent) => LoopState
    >;
    this.dispatchRef = boot.applySync(undefined, [info], {
      arguments: { copy: true },
      result: { reference: true },
    }) as ivm.Reference<(ev: GuestEvent) => LoopState>;
    boot.release();
    // The runtime's ES-module hooks: held here as a Reference (host side only) and handed to guest
    // code solely through modules the host compiles (platform/modules.ts), never as a Reference.
    const global = this.context.global;
    const hooks = global.getSync('__tsvirt_esm', { reference: true }) as ivm.Reference<
      Record<string, unknown>
    >;
    if (hooks.typeof === 'object') this.esmHooksRef = hooks;
    else hooks.release();
    global.deleteSync('__tsvirt_esm');
    return new Int32Array(wake);
  }

  /** What the module loader needs to compile and link modules in this isolate (host side only). */
  moduleHost(): {
    isolate: ivm.Isolate;
    context: ivm.Context;
    hooks: ivm.Reference<Record<string, unknown>>;
  } {
    if (this.disposed || !this.esmHooksRef) throw new Error('isolate is not running');
    return { isolate: this.isolate, context: this.context, hooks: this.esmHooksRef };
  }

  /** Runs one event in the guest, on isolated-vm's thread pool, and returns the guest's loop state. */
  async dispatch(ev: GuestEvent): Promise<LoopState> {
    const ref = this.dispatchRef;
    if (!ref || this.disposed) throw new Error('isolate is not running');
    return (await ref.apply(undefined, [ev], COPY_IN)) as LoopState;
  }

  /** V8 heap in use plus external (ArrayBuffer) memory, in bytes. */
  memoryUsage(): { heap: number; external: number; limit: number } {
    if (this.isDisposed) return { heap: 0, external: 0, limit: 0 };
    try {
      const s = this.isolate.getHeapStatisticsSync();
      return { heap: s.used_heap_size, external: s.externally_allocated_size, limit: s.heap_size_limit };
    } catch {
      // isolated-vm disposed it (memory limit) between our check and the call.
      return { heap: 0, external: 0, limit: 0 };
    }
  }

  private lastCpu = 0;

  /** CPU time the isolate has used, in microseconds (the last reading once it is gone). */
  cpuMicros(): number {
    if (this.isDisposed) return this.lastCpu;
    try {
      this.lastCpu = Number(this.isolate.cpuTime / 1000n);
    } catch {
      // Disposed underneath us: keep the last reading.
    }
    return this.lastCpu;
  }

  get isDisposed(): boolean {
    return this.disposed || this.isolate.isDisposed;
  }

  /** Ends the isolate wherever it is, even inside `while(true){}` (V8 TerminateExecution + free). */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.dispatchRef?.release();
    this.esmHooksRef?.release();
    if (!this.isolate.isDisposed) this.isolate.dispose();
  }
}

// Host zone: the Kernel, tsvirt's shared-kernel supervisor: it loads the guest runtime once, keeps a
// pool of warm isolates, and creates, runs and tears down containers.

import { availableParallelism } from 'node:os';
import { join, posix } from 'node:path';
import { isolateHeapMbFor } from '../cgroup/cgroup.js';
import { Scheduler } from '../cgroup/scheduler.js';
import { OverlayFs } from '../fs/overlay/overlay.js';
import { RootfsCache } from '../fs/rootfs-cache.js';
import type { FsCaller } from '../fs/types.js';
import { Vfs } from '../fs/vfs.js';
import { type BuildOptions, type BuildResult, buildImage, ImageStore } from '../image/index.js';
import { NetSwitch, type Network } from '../net/switch.js';
import { drainDisposed, GuestIsolate, turnsIdleFor } from '../platform/isolate.js';
import { attachCodeCacheFile, loadRuntimeImage, type RuntimeImage } from '../platform/runtime-image.js';
import { runBuildStep } from './build-run.js';
import { Container, type ContainerConfig, type ContainerImage } from './container.js';
import { DEFAULT_PATH } from './exec.js';
import { ImageRoots, imageDefaults } from './image-root.js';
import { generateName, newContainerId } from './names.js';
import { type ContainerSpec, envMap, SpecError, validateSpec } from './spec.js';
import { resolveUser } from './users.js';

export interface KernelOptions {
  /** Isolates kept booted-ready for new processes (0: none). Pool isolates use the default heap limit. */
  warmPool?: number;
  /** V8 heap limit, in MiB, for processes of containers without a memory limit. */
  defaultMemoryMb?: number;
  /** Where kernel-internal errors are reported (a bug in tsvirt, not in the guest). */
  logger?: (message: string) => void;
  /** The tsvirt home holding the image store (default `$TSVIRT_HOME` or ~/.tsvirt). */
  home?: string;
  /** An image store to use instead of one under `home` (its `inUse` check is the caller's). */
  store?: ImageStore;
}

const OPTION_KEYS = ['warmPool', 'defaultMemoryMb', 'logger', 'home', 'store'];

const ROOT: FsCaller = { cwd: '/', uid: 0, gid: 0, umask: 0o022 };

export class Kernel {
  private readonly image: RuntimeImage;
  private readonly pool: GuestIsolate[] = [];
  private readonly poolSize: number;
  private readonly defaultMemoryMb: number;
  private readonly containersById = new Map<string, Container>();
  private readonly logger: (message: string) => void;
  private refilling = false;
  /** The warm-pool isolate being created, if any: close() waits for it (its thread must let go). */
  private creating: Promise<unknown> | undefined;
  /**
   * The isolate the refill is loading, while it loads. A start that finds the pool empty takes it (its
   * first turn waits for the rest of the load) rather than begin a new isolate from nothing.
   */
  private loadingForPool: GuestIsolate | undefined;
  /** Resolved whenever the warm pool becomes full (see warm()). */
  private poolWaiters: Array<() => void> = [];
  private readonly scheduler = new Scheduler(Math.max(1, availableParallelism()));
  private closed = false;
  /** Images: the store and the lower layers shared by containers of one image. */
  private readonly roots: ImageRoots;
  private readonly netSwitch = new NetSwitch();
  /** `--rootfs` directories as read, shared by the containers started from them. */
  private readonly rootfsTrees = new RootfsCache();

  constructor(options: KernelOptions = {}) {
    for (const k of Object.keys(options)) {
      if (!OPTION_KEYS.includes(k)) throw new TypeError(`unknown kernel option "${k}"`);
    }
    if (options.home !== undefined && (typeof options.home !== 'string' || options.home === ''))
      throw new TypeError('the kernel option "home" must be a non-empty path');
    if (options.home !== undefined && options.store !== undefined)
      throw new TypeError('give at most one of the kernel options "home" and "store"');
    this.roots = new ImageRoots(
      options.store ??
        new ImageStore({
          ...(options.home !== undefined ? { home: options.home } : {}),
          inUse: (img) => this.imageUser(img.id),
        }),
    );
    this.image = loadRuntimeImage();
    // The runtime's code cache is kept in the home, so even a kernel's first isolate starts from it.
    attachCodeCacheFile(this.image, join(this.roots.store.home, 'cache'), (m) => this.logger(m));
    this.poolSize = Math.max(0, Math.floor(options.warmPool ?? 0));
    this.defaultMemoryMb = options.defaultMemoryMb ?? 512;
    this.logger = options.logger ?? ((m) => process.stderr.write(`tsvirt kernel: ${m}\n`));
    this.refill();
  }

  /** Creates a container (not started): validates the spec and builds its root filesystem. */
  async create(spec: ContainerSpec): Promise<Container> {
    return this.createContainer(spec, false);
  }

  /**
   * create(), and with `reserve` (run() starts the container at once) PID 1's isolate is taken first:
   * its runtime then loads on isolated-vm's thread pool while this thread builds the root filesystem.
   */
  private async createContainer(spec: ContainerSpec, reserve: boolean): Promise<Container> {
    if (this.closed) throw new Error('kernel is closed');
    const s = validateSpec(spec);
    if (s.name && this.find(s.name)) throw new SpecError(`the container name "${s.name}" is already in use`);
    const heapMb = isolateHeapMbFor(s.limits ?? {});
    let reserved = reserve ? this.takeIsolate(heapMb) : undefined;
    const takeIsolate = (mb: number | undefined): GuestIsolate => {
      if (reserved && mb === heapMb) {
        const iso = reserved;
        reserved = undefined;
        return iso;
      }
      return this.takeIsolate(mb);
    };
    try {
      const container = await this.buildContainer(s, takeIsolate);
      if (reserved) container.once('exit', () => reserved?.dispose());
      return container;
    } catch (err) {
      reserved?.dispose();
      throw err;
    }
  }

  private async buildContainer(
    s: ReturnType<typeof validateSpec>,
    takeIsolate: (mb: number | undefined) => GuestIsolate,
  ): Promise<Container> {
    let vfs: Vfs;
    let image: ContainerImage | undefined;
    let defaults = {
      cmd: [...(s.entrypoint ?? []), ...(s.cmd ?? [])],
      env: envMap(s.env),
      workdir: s.workdir,
      user: s.user,
    };
    if (s.rootfs) {
      const storage = s.limits?.storage;
      vfs = new Vfs(new OverlayFs(this.rootfsTrees.lower(s.rootfs), storage ? { size: storage } : {}));
    } else {
      const root = await this.roots.open(s.image as string, s.limits?.storage);
      if (this.closed) throw new Error('kernel is closed');
      vfs = new Vfs(root.overlay);
      image = { store: this.roots.store, resolved: root.image, overlay: root.overlay };
      defaults = imageDefaults(root.image.config.config, s);
    }
    const id = newContainerId();
    const name = s.name ?? generateName((n) => this.find(n) !== undefined);
    const hostname = s.hostname ?? id.slice(0, 12);
    const creds = resolveUser(vfs, defaults.user);
    const env: Record<string, string> = {
      PATH: DEFAULT_PATH,
      HOSTNAME: hostname,
      HOME: creds.home,
      ...(s.tty ? { TERM: 'xterm' } : {}),
      ...defaults.env,
    };
    const workdir = posix.resolve('/', defaults.workdir ?? '/');
    // The root always exists: only another workdir is made (as docker does, with its parents).
    if (workdir !== '/') vfs.mkdir(ROOT, workdir, 0o755, true);
    const cmd = defaults.cmd;
    if (cmd.length === 0) throw new SpecError('no command specified');
    const config: ContainerConfig = { cmd, env, workdir, creds };
    const container = new Container(
      {
        scheduler: this.scheduler,
        takeIsolate,
        nodeVersion: process.version,
        netSwitch: this.netSwitch,
        log: (cid, err) =>
          this.logger(
            `container ${cid.slice(0, 12)}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
          ),
      },
      { id, name, hostname, spec: s, vfs, config, ...(image ? { image } : {}) },
    );
    this.containersById.set(id, container);
    return container;
  }

  /** Creates a user-defined network; containers on it reach each other by name, and nothing else. */
  createNetwork(name: string, opts: { subnet?: string } = {}): { name: string; subnet: string } {
    const net: Network = this.netSwitch.createNetwork(name, opts);
    return { name: net.name, subnet: net.subnet };
  }

  /** Removes a user-defined network with no containers attached. */
  removeNetwork(name: string): void {
    this.netSwitch.removeNetwork(name);
  }

  /** Creates and starts a container. */
  async run(spec: ContainerSpec): Promise<Container> {
    const c = await this.createContainer(spec, true);
    await c.start();
    return c;
  }

  /**
   * Builds an image from a Containerfile and a context directory (docker build): RUN steps run in
   * build containers of this kernel; the result is stored and tagged. Throws a `BuildError` (a
   * one-line message with file:line, and the exit code of a failing RUN) when the build fails.
   */
  async build(options: BuildOptions): Promise<BuildResult> {
    if (this.closed) throw new Error('kernel is closed');
    await this.roots.ensureBuiltins();
    return buildImage(this.roots.store, options, (req) => runBuildStep(this, req));
  }

  /** The kernel's image store (for images, tag, rmi, save, load…). */
  get images(): ImageStore {
    return this.roots.store;
  }

  /** The container using image `id`, if any (the store's `inUse` check: Docker refuses rmi then). */
  private imageUser(id: string): string | undefined {
    for (const c of this.containersById.values()) if (c.image?.resolved.id === id) return c.id.slice(0, 12);
    return undefined;
  }

  /** A container by id, id prefix or name. */
  find(idOrName: string): Container | undefined {
    for (const c of this.containersById.values()) {
      if (c.name === idOrName || c.id === idOrName || (idOrName.length >= 4 && c.id.startsWith(idOrName)))
        return c;
    }
    return undefined;
  }

  containers(): Container[] {
    return [...this.containersById.values()];
  }

  /** Forgets an exited container (docker rm). */
  remove(container: Container): void {
    if (container.state === 'running') throw new Error(`container ${container.name} is running`);
    this.containersById.delete(container.id);
    container.releaseMounts();
  }

  /** Kills every container and frees the pool. */
  async close(): Promise<void> {
    this.closed = true;
    this.rootfsTrees.clear();
    const waits: Promise<unknown>[] = [];
    for (const c of this.containersById.values()) {
      if (c.state === 'running') {
        c.kill('SIGKILL');
        waits.push(c.wait());
      }
    }
    await Promise.all(waits);
    for (const c of this.containersById.values()) c.releaseMounts();
    // The refill's load ends in its done(), which disposes the isolate now that the kernel is closed.
    await this.creating?.catch(() => undefined);
    for (const iso of this.pool.splice(0)) iso.dispose();
    for (const w of this.poolWaiters.splice(0)) w();
    // Killed isolates finish their last turn on the thread pool; exiting before that can hang.
    await drainDisposed();
  }

  /**
   * Resolves when the warm pool is full (at once without a pool): a host that must answer its first
   * requests from warm isolates awaits this before taking traffic. The pool refills while the kernel
   * is idle, so after a burst this is also how to wait for it to be ready again.
   */
  async warm(): Promise<void> {
    if (this.closed || this.pool.length >= this.poolSize) return;
    this.refill();
    await new Promise<void>((resolve) => this.poolWaiters.push(resolve));
  }

  private takeIsolate(limitMb: number | undefined): GuestIsolate {
    const memoryLimitMb = limitMb ?? this.defaultMemoryMb;
    if (memoryLimitMb === this.defaultMemoryMb) {
      const warm = this.pool.pop();
      if (warm) {
        this.refill();
        return warm;
      }
      const loading = this.loadingForPool;
      if (loading) {
        // Taken over by this start: the refill is free to begin the next one.
        this.loadingForPool = undefined;
        this.refilling = false;
        this.creating = undefined;
        this.refill();
        return loading;
      }
    }
    // The runtime loads on isolated-vm's thread pool while the kernel goes on; the first turn waits.
    return GuestIsolate.createDeferred(this.image, { memoryLimitMb }, (e) => this.logger(String(e)));
  }

  /**
   * Tops the warm pool up in the background, one isolate at a time. Creating an isolate takes the
   * kernel's thread for ~2 ms (isolated-vm does that synchronously), so while the pool still has one a
   * refill waits until no guest turn has run for REFILL_IDLE_MS: it then does not delay a process
   * being served. The runtime's compilation and evaluation run on isolated-vm's thread pool.
   */
  private refill(): void {
    if (this.refilling || this.closed || this.pool.length >= this.poolSize) return;
    this.refilling = true;
    const since = performance.now();
    const attempt = (): void => {
      if (this.closed || this.pool.length >= this.poolSize) {
        this.refilling = false;
        return;
      }
      // An empty pool is refilled at once: the next start would make its isolate on the spot anyway
      // (a loop of spawns keeps one warm isolate ahead). Otherwise a kernel that is never idle still
      // gets its pool back, a little later.
      if (
        this.pool.length > 0 &&
        !turnsIdleFor(REFILL_IDLE_MS) &&
        performance.now() - since < REFILL_MAX_WAIT_MS
      ) {
        setTimeout(attempt, REFILL_IDLE_MS);
        return;
      }
      const guest = GuestIsolate.createDeferred(
        this.image,
        { memoryLimitMb: this.defaultMemoryMb },
        (e) => this.logger(String(e)),
        { warmUp: true },
      );
      this.loadingForPool = guest;
      const done = (err?: unknown): void => {
        // Taken by a start meanwhile: it is that process's now, and the refill has moved on.
        if (this.loadingForPool !== guest) return;
        this.loadingForPool = undefined;
        this.refilling = false;
        this.creating = undefined;
        if (err !== undefined) {
          guest.dispose();
          for (const w of this.poolWaiters.splice(0)) w();
          this.logger(`warm pool: ${err instanceof Error ? err.message : String(err)}`);
          return;
        }
        if (this.closed) guest.dispose();
        else this.pool.push(guest);
        this.refill();
        if (this.pool.length >= this.poolSize) for (const w of this.poolWaiters.splice(0)) w();
      };
      this.creating = guest.ready().then(
        () => done(),
        (err: unknown) => done(err ?? new Error('load failed')),
      );
    };
    setImmediate(attempt);
  }
}

/** How long the kernel must have run no guest turn before the warm pool is refilled, ms. */
const REFILL_IDLE_MS = 2;
/** The longest a refill waits for such a gap, ms. */
const REFILL_MAX_WAIT_MS = 50;

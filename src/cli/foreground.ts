// Host zone (CLI): runs a container in the foreground the way `docker run` attaches: host stdin into
// the container (with -i), its stdout/stderr out, signals proxied to PID 1, the terminal following
// the guest's raw mode (with -t), and PID 1's exit code as the result.

import { writeFileSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import type { Container } from '../kernel/container.js';
import type { Kernel } from '../kernel/kernel.js';
import type { ExitStatus } from '../kernel/task.js';
import { CliError } from './errors.js';
import type { RunPlan } from './run-options.js';

/** The host ends of the terminal the CLI runs in. */
export interface HostStdio {
  stdin: Readable & { isTTY?: boolean; setRawMode?(mode: boolean): unknown; unref?(): unknown };
  stdout: Writable & { isTTY?: boolean; columns?: number; rows?: number };
  stderr: Writable;
}

/** With -t on a real terminal: the container's terminal follows the host's size (SIGWINCH inside). */
function followResize(container: Container, stdout: HostStdio['stdout']): () => void {
  if (!stdout.isTTY) return () => {};
  const onResize = () => {
    if (stdout.columns && stdout.rows) container.resize(stdout.columns, stdout.rows);
  };
  stdout.on('resize', onResize);
  return () => stdout.off('resize', onResize);
}

/** Signals forwarded to PID 1, as docker's sig-proxy does (SIGUSR1 stays with Node's inspector). */
const PROXIED = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR2'] as const;

/**
 * Copies `from` into `out` (never ending `out`) and resolves when `from` ends. When the host end
 * goes away (EPIPE: `tsvirt run … | head -1`), output is dropped and `broken` is called once, as a
 * writer to a closed pipe gets SIGPIPE.
 */
function drainInto(from: Readable, out: Writable, broken: () => void): Promise<void> {
  let open = true;
  const onError = () => {
    if (!open) return;
    open = false;
    broken();
  };
  // Stays installed after the copy ends: a failed write can still report its EPIPE a tick later.
  out.on('error', onError);
  return new Promise<void>((resolve) => {
    from.on('data', (chunk: Buffer) => {
      if (open) out.write(chunk);
    });
    from.once('end', resolve);
    from.once('close', resolve);
  });
}

/**
 * Proxies the CLI's signals to PID 1; a second Ctrl-C kills it. With a terminal, Ctrl-Z (SIGTSTP)
 * goes to the container too, as the key would on its own tty: the CLI is not stopped, the guest's
 * shell suspends its foreground job. Returns the uninstaller.
 */
function proxySignals(container: Container, tty: boolean): () => void {
  let interrupts = 0;
  const signals: ReadonlyArray<(typeof PROXIED)[number] | 'SIGTSTP'> = tty
    ? [...PROXIED, 'SIGTSTP']
    : PROXIED;
  const handlers = signals.map((sig) => {
    const handler = () => {
      if (sig === 'SIGINT' && ++interrupts > 1) container.kill('SIGKILL');
      else container.kill(sig);
    };
    process.on(sig, handler);
    return () => process.off(sig, handler);
  });
  return () => {
    for (const off of handlers) off();
  };
}

/** Host stdin into the container's stdin (-i); returns the detacher. */
function attachStdin(container: Container, stdin: HostStdio['stdin']): () => void {
  const onData = (chunk: Buffer) => container.stdin.write(chunk);
  const onEnd = () => container.stdin.end();
  stdin.on('data', onData);
  stdin.once('end', onEnd);
  // A container that has gone away no longer takes input; swallow the write-after-destroy.
  container.stdin.on('error', () => {});
  return () => {
    stdin.off('data', onData);
    stdin.off('end', onEnd);
    stdin.pause();
    // A terminal or pipe that stays open must not keep the finished CLI alive.
    stdin.unref?.();
  };
}

/** --stats-file: the final figures and how the container ended, as one JSON document. */
function writeStats(file: string, container: Container, status: ExitStatus): void {
  const limits = container.spec.limits ?? {};
  const doc = { id: container.id, name: container.name, status, limits, stats: container.stats() };
  try {
    writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    throw new CliError(`--stats-file ${file}: ${code === 'ENOENT' ? 'no such file or directory' : code}`);
  }
}

/**
 * Creates the container of `plan` in `kernel`, attaches it to `stdio` and runs it to the end.
 * Resolves with PID 1's exit code (128+n when a signal killed it). Creation errors reject.
 */
export async function runForeground(kernel: Kernel, plan: RunPlan, stdio: HostStdio): Promise<number> {
  const container = await kernel.create(plan.spec);
  const rawCapable = plan.tty && plan.interactive && stdio.stdin.isTTY === true && !!stdio.stdin.setRawMode;
  let raw = false;
  const setRaw = (on: boolean) => {
    if (!rawCapable || raw === on) return;
    stdio.stdin.setRawMode?.(on);
    raw = on;
  };
  container.onRawMode(setRaw);
  const sigpipe = () => container.kill('SIGPIPE');
  const output = Promise.all([
    drainInto(container.stdout, stdio.stdout, sigpipe),
    drainInto(container.stderr, stdio.stderr, sigpipe),
  ]);
  const detachStdin = plan.interactive ? attachStdin(container, stdio.stdin) : () => {};
  const unproxy = proxySignals(container, plan.tty && stdio.stdin.isTTY === true);
  const unresize = plan.tty ? followResize(container, stdio.stdout) : () => {};
  try {
    await container.start();
    const status = await container.wait();
    await output;
    if (plan.statsFile !== undefined) writeStats(plan.statsFile, container, status);
    return status.exitCode;
  } finally {
    unproxy();
    unresize();
    detachStdin();
    setRaw(false);
    if (plan.remove && container.state !== 'running') kernel.remove(container);
  }
}

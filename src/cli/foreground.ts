// Host zone (CLI): runs a container in the foreground the way `docker run` attaches: host stdin into
// the container (with -i), its stdout/stderr out, signals proxied to PID 1, the terminal following
// the guest's raw mode (with -t), and PID 1's exit code as the result.

import type { Readable, Writable } from 'node:stream';
import type { Container } from '../kernel/container.js';
import type { Kernel } from '../kernel/kernel.js';
import type { RunPlan } from './run-options.js';

/** The host ends of the terminal the CLI runs in. */
export interface HostStdio {
  stdin: Readable & { isTTY?: boolean; setRawMode?(mode: boolean): unknown; unref?(): unknown };
  stdout: Writable;
  stderr: Writable;
}

/** Signals forwarded to PID 1, as docker's sig-proxy does (SIGUSR1 stays with Node's inspector). */
const PROXIED = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR2'] as const;

/** Waits for a readable to end (or be destroyed), having piped it into `out` without ending `out`. */
function drainInto(from: Readable, out: Writable): Promise<void> {
  return new Promise((resolve) => {
    from.on('data', (chunk: Buffer) => out.write(chunk));
    from.once('end', resolve);
    from.once('close', resolve);
  });
}

/** Proxies the CLI's signals to PID 1; a second Ctrl-C kills it. Returns the uninstaller. */
function proxySignals(container: Container): () => void {
  let interrupts = 0;
  const handlers = PROXIED.map((sig) => {
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
  const output = Promise.all([
    drainInto(container.stdout, stdio.stdout),
    drainInto(container.stderr, stdio.stderr),
  ]);
  const detachStdin = plan.interactive ? attachStdin(container, stdio.stdin) : () => {};
  const unproxy = proxySignals(container);
  try {
    await container.start();
    const status = await container.wait();
    await output;
    return status.exitCode;
  } finally {
    unproxy();
    detachStdin();
    setRaw(false);
    if (plan.remove && container.state !== 'running') kernel.remove(container);
  }
}

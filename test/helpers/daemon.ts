// Test helper: a `tsvirt daemon` subprocess on a temporary $TSVIRT_HOME (its own process group, so a
// test can SIGKILL the daemon with its shards), the CLI pointed at it, and raw API requests.

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliResult, TSVIRT, tsvirt } from './cli.js';

export interface TestDaemon {
  home: string;
  socket: string;
  /** The daemon's pid (also its process group's id). */
  pid: number;
  /** What the daemon wrote on stderr so far. */
  log(): string;
  /** The CLI with this daemon's $TSVIRT_HOME. */
  cli(args: string[], opts?: { input?: string; timeoutMs?: number }): Promise<CliResult>;
  /** SIGTERM and wait for exit (SIGKILL to the group after a grace); `kill9` skips the SIGTERM. */
  stop(kill9?: boolean): Promise<void>;
  /** Deletes the temporary home (after stop). */
  cleanup(): void;
}

/** Waits until `check` holds (polling), failing after `timeoutMs`. */
export async function until<T>(
  check: () => Promise<T | undefined | false>,
  what: string,
  timeoutMs = 60_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Starts a daemon on `home` (a new temporary one unless given) and waits for its API. */
export async function startTestDaemon(
  opts: { home?: string; shards?: number; args?: string[] } = {},
): Promise<TestDaemon> {
  const home = opts.home ?? mkdtempSync(join(tmpdir(), 'tsvirt-daemon-'));
  const socket = join(home, 'tsvirt.sock');
  const env = { ...process.env, TSVIRT_HOME: home, TSVIRT_SOCKET: '' };
  const child: ChildProcess = spawn(
    TSVIRT,
    ['daemon', '--shards', String(opts.shards ?? 2), ...(opts.args ?? [])],
    {
      env,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const pid = child.pid as number;
  // A test run that ends without its afterAll must not leave a daemon behind.
  const reap = () => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', reap);
  child.once('exit', () => process.off('exit', reap));
  await until(
    async () => existsSync(socket) && (await ping(socket)),
    `the daemon on ${socket} (log: ${stderr})`,
  );
  return {
    home,
    socket,
    pid,
    log: () => stderr,
    cli: (args, o = {}) =>
      tsvirt(args, {
        env,
        timeoutMs: o.timeoutMs ?? 60_000,
        ...(o.input !== undefined ? { input: o.input } : {}),
      }),
    stop: async (kill9 = false) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const killGroup = () => {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      };
      if (kill9) killGroup();
      else child.kill('SIGTERM');
      const timer = setTimeout(killGroup, 20_000);
      await exited;
      clearTimeout(timer);
      // The shards end when their channel closes; make sure nothing of the group is left.
      await new Promise((r) => setTimeout(r, 300));
      killGroup();
    },
    cleanup: () => rmSync(home, { recursive: true, force: true }),
  };
}

/** Whether the daemon answers GET /_ping. */
export async function ping(socket: string): Promise<boolean> {
  try {
    return (await api(socket, 'GET', '/_ping')).status === 200;
  } catch {
    return false;
  }
}

/** A raw API request: the status and the body (parsed when it is JSON). */
export function api(
  socket: string,
  method: string,
  path: string,
  body?: string | Buffer,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: socket, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // Not JSON.
        }
        resolve({ status: res.statusCode ?? 0, body: parsed, text });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

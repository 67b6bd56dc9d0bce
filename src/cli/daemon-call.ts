// Host zone (CLI): what the daemon-backed commands share: the client, the daemon's errors as the
// CLI's one-line errors (exit 125), and the loop that applies one call to several containers
// (Docker goes on past a failure and fails at the end).

import { DaemonClient, DaemonError, DaemonUnavailableError } from '../daemon/client.js';
import { CliError } from './errors.js';

/** A client for the daemon at $TSVIRT_SOCKET or $TSVIRT_HOME/tsvirt.sock. */
export function daemonClient(): DaemonClient {
  return new DaemonClient();
}

/** The CLI's wording of a daemon failure. */
export function daemonFailure(err: unknown): Error {
  if (err instanceof DaemonUnavailableError) return new CliError(err.message);
  if (err instanceof DaemonError) return new CliError(`Error response from daemon: ${err.message}`);
  return err instanceof Error ? err : new Error(String(err));
}

/** Runs a daemon call, turning its failures into CliErrors. */
export async function daemonCall<T>(fn: (c: DaemonClient) => Promise<T>): Promise<T> {
  try {
    return await fn(daemonClient());
  } catch (err) {
    throw daemonFailure(err);
  }
}

/** `encodeURIComponent` for a path segment. */
export const seg = encodeURIComponent;

/**
 * Applies `fn` to each container, printing what `fn` returns on success; failures print on stderr
 * and the command fails at the end (one unreachable daemon fails at once).
 */
export async function eachContainer(
  refs: readonly string[],
  fn: (c: DaemonClient, ref: string) => Promise<string | undefined>,
  noun = 'containers',
): Promise<void> {
  if (refs.length === 0) throw new CliError('requires at least 1 argument', 1);
  const client = daemonClient();
  let failed = 0;
  for (const ref of refs) {
    try {
      const line = await fn(client, ref);
      if (line !== undefined) process.stdout.write(`${line}\n`);
    } catch (err) {
      if (err instanceof DaemonUnavailableError) throw daemonFailure(err);
      failed++;
      process.stderr.write(`tsvirt: ${daemonFailure(err).message.replace(/^tsvirt: /, '')}\n`);
    }
  }
  if (failed > 0) throw new CliError(`${failed} of ${refs.length} ${noun} failed`);
}

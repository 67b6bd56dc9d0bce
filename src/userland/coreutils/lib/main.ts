// Guest zone (userland): the entry wrapper every utility runs through: sets the program name for
// diagnostics, runs the body, flushes stdout and exits with the body's status.

import { ExitError, setProg } from './errors.js';
import { flush } from './io.js';
import { proc } from './node.js';

/** Runs a utility: `body` gets argv without the program name and returns the exit status. */
export function run(
  name: string,
  body: (args: string[]) => number | undefined | Promise<number | undefined>,
): void {
  setProg(name);
  const args = proc.argv.slice(2);
  const finish = (status: number) => flush().then(() => proc.exit(status));
  Promise.resolve()
    .then(() => body(args))
    .then(
      (status) => finish(status ?? 0),
      (e: unknown) => {
        if (e instanceof ExitError) return finish(e.status);
        proc.stderr.write(`${name}: ${(e as Error)?.stack ?? String(e)}\n`);
        return finish(1);
      },
    );
}

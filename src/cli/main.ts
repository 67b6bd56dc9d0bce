// Host zone (CLI): the executable's entry point (bin/tsvirt runs it under node --no-node-snapshot).

import { quarantinedIsolates } from '../platform/isolate.js';
import { runCli } from './cli.js';

// No process.exit() as a rule: exiting while isolated-vm still tears isolates down on its threads can
// crash or hang Node, so the CLI leaves its event loop empty and lets Node exit with this code. The
// exception: an isolate V8 gave up on (quarantined) keeps a parked thread that holds the event loop
// open for good, so then the CLI must exit explicitly; the platform ends the process at exit (SIGKILL,
// 137 in a shell: the status of the OOM kill that caused it), since the thread can never be joined.
process.exitCode = await runCli(process.argv.slice(2));
if (quarantinedIsolates() > 0) process.exit();
// isolated-vm may report a quarantine after the container has ended; the parked thread then keeps
// the loop alive, so this unref'd check still runs (and costs nothing when the process can exit).
setInterval(() => {
  if (quarantinedIsolates() > 0) process.exit();
}, 200).unref();

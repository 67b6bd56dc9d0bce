// Host zone (CLI): the executable's entry point (bin/tsvirt runs it under node --no-node-snapshot).

import { runCli } from './cli.js';

// No process.exit(): exiting while isolated-vm still tears isolates down on its threads can crash
// or hang Node, so the CLI leaves its event loop empty and lets Node exit with this code.
process.exitCode = await runCli(process.argv.slice(2));

// Host zone (CLI): `tsvirt run -d`: the planned container is created and started by the daemon, and
// its ID printed; the CLI returns at once. No daemon is a one-line error saying how to start one.

import { daemonCall, seg } from './daemon-call.js';
import type { RunPlan } from './run-options.js';

/** Creates and starts `plan` in the daemon; prints the id; resolves with the exit code (0). */
export async function runDetached(plan: RunPlan): Promise<number> {
  const { name, ...spec } = plan.spec;
  const id = await daemonCall(async (c) => {
    const made = await c.call<{ Id: string }>('POST', '/containers/create', {
      query: { name },
      body: { Spec: spec, HostConfig: { RestartPolicy: plan.restart, AutoRemove: plan.remove } },
    });
    await c.call('POST', `/containers/${seg(made.body.Id)}/start`);
    return made.body.Id;
  });
  process.stdout.write(`${id}\n`);
  return 0;
}

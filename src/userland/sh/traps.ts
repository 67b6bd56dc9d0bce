// Guest zone (userland /bin/sh): trap actions: when they run (a signal from outside, a signal the
// shell sends itself, a subshell's exit) and how `trap` lists them.

import { quote } from './builtin-util.js';
import { ExitSignal } from './control.js';
import { proc } from './node-api.js';
import type { Shell } from './shell.js';
import { SIGNALS } from './signals.js';

/** `trap` with no operands: one line per trap in signal-number order, EXIT (0) first, like dash. */
export function listTraps(sh: Shell): string {
  const num = (k: string) => (k === 'EXIT' ? 0 : (SIGNALS[`SIG${k}`] ?? 99));
  // A subshell (and `$(trap)`) lists only the traps it set itself, and the ignored ones it inherits.
  return [...sh.traps]
    .filter(([k, v]) => sh.ownTraps.has(k) || v === '')
    .sort((a, b) => num(a[0]) - num(b[0]))
    .map(([k, v]) => `trap -- ${quote(v)} ${k}\n`)
    .join('');
}

/** Runs a trap action as dash does: `$?` is the status before it and is restored after it. */
async function runAction(sh: Shell, action: string, status: number): Promise<void> {
  sh.status = status;
  await sh.source(action);
  sh.status = status;
}

/**
 * A signal the shell sends to itself (`kill -USR1 $$`): dash takes it before `kill` returns, so a
 * trapped or ignored one is handled here rather than through the kernel's asynchronous delivery.
 * Returns the trap to run once `kill` is done, '' when ignored, or undefined to really send it.
 */
export function selfSignal(sh: Shell, sig: string): string | undefined {
  if (sig === 'SIGKILL' || sig === 'SIGSTOP') return undefined;
  return sh.traps.get(sig.slice(3));
}

/** Runs the actions `kill` collected for signals sent to the shell itself. */
export async function runPending(sh: Shell, actions: string[], status: number): Promise<void> {
  for (const a of actions) if (a !== '') await runAction(sh, a, status);
}

/** A subshell's EXIT trap, when the subshell set one itself (an inherited one does not run). */
export async function subshellExit(sh: Shell, status: number): Promise<number> {
  const action = sh.ownTraps.has('EXIT') ? sh.traps.get('EXIT') : undefined;
  if (!action) return status;
  sh.traps.delete('EXIT');
  try {
    await runAction(sh, action, status);
  } catch (e) {
    if (e instanceof ExitSignal) return e.code;
  }
  return status;
}

const listening = new Set<string>();
/** Runs the trap's action when `name` (INT, TERM…) arrives; with no trap left, the default: exit. */
export function listen(sh: Shell, name: string): void {
  if (listening.has(name)) return;
  listening.add(name);
  proc.on(`SIG${name}`, () => {
    const action = sh.traps.get(name);
    if (action === undefined) proc.exit(128 + (SIGNALS[`SIG${name}`] ?? 0));
    else if (action !== '')
      void sh.source(action).catch(async (e: unknown) => {
        if (!(e instanceof ExitSignal)) return;
        const onExit = sh.traps.get('EXIT');
        sh.traps.delete('EXIT');
        if (onExit) await sh.source(onExit).catch(() => undefined);
        proc.exit(e.code);
      });
  });
}

// Guest zone (userland /bin/sh): the interactive loop when stdin is a terminal: PS1/PS2 prompts on
// stderr, one complete command at a time, errors reported without leaving, Ctrl-C survived, Ctrl-Z
// suspending the foreground job, finished jobs reported before the next prompt.

import { childChanged, notifyDone, suspendForeground } from './builtins-jobs.js';
import { ExitSignal, LoopSignal, ReturnSignal, ShellError } from './control.js';
import { shellStdin } from './io.js';
import { SyntaxError_ } from './lexer.js';
import { LineEditor } from './line-editor.js';
import { fs, proc } from './node-api.js';
import { parse } from './parser.js';
import type { Shell } from './shell.js';

/** True when a syntax error only means "the command goes on on the next line". */
function incomplete(e: SyntaxError_): boolean {
  return /end of file|Unterminated|Missing|EOF in/.test(e.message);
}

/** Reads, parses and runs commands until EOF or `exit`; resolves with the exit status. */
export async function interactive(sh: Shell): Promise<number> {
  const stdin = proc.stdin as Parameters<typeof LineEditor.usable>[0];
  const editor = LineEditor.usable(stdin)
    ? new LineEditor(stdin, (s) => {
        fs.writeSync(2, s);
      })
    : null;
  const input = editor ? null : shellStdin();
  // Ctrl-C interrupts the foreground children (the shell passes SIGINT on); the shell itself stays.
  proc.on('SIGINT', () => {
    if (sh.foreground.size > 0) {
      for (const pid of sh.foreground) {
        try {
          proc.kill(pid, 'SIGINT');
        } catch {
          // already gone
        }
      }
      return;
    }
    // With the line editor, a Ctrl-C at the prompt arrives as a key, not a signal.
    if (!editor) void sh.fds.write(2, `\n${sh.getVar('PS1') ?? '$ '}`).catch(() => undefined);
  });
  sh.interactive = true;
  proc.on('SIGTSTP', () => suspendForeground(sh));
  proc.on('SIGCHLD', () => childChanged(sh));
  let buf = '';
  for (;;) {
    if (!buf) await notifyDone(sh);
    const prompt = buf ? (sh.getVar('PS2') ?? '> ') : (sh.getVar('PS1') ?? '$ ');
    let r: { line: string } | null;
    if (editor) {
      const line = await editor.readLine(prompt);
      r = line === null ? null : { line };
    } else {
      await sh.fds.write(2, prompt).catch(() => undefined);
      r = await (input as NonNullable<typeof input>).readLine();
    }
    if (!r) {
      if (!editor) await sh.fds.write(2, '\n').catch(() => undefined);
      return sh.status;
    }
    buf += `${r.line}\n`;
    let node: ReturnType<typeof parse>;
    try {
      node = parse(buf);
    } catch (e) {
      if (e instanceof SyntaxError_ && incomplete(e)) continue;
      buf = '';
      if (!(e instanceof SyntaxError_)) throw e;
      await sh.error(`Syntax error: ${e.message}`);
      sh.status = 2;
      continue;
    }
    sh.currentCmd = buf.trim();
    buf = '';
    try {
      sh.lineAliases = new Map(sh.aliases);
      const st = await sh.run(node);
      if (st === 130) await sh.fds.write(2, '\n').catch(() => undefined);
    } catch (e) {
      if (e instanceof ExitSignal) return e.code;
      if (e instanceof ShellError) {
        await sh.error(e.message);
        sh.status = e.code;
      } else if (!(e instanceof ReturnSignal || e instanceof LoopSignal)) throw e;
    }
    sh.line++;
  }
}

// Guest zone: node:repl, and what `node` runs on a terminal with no script: a read-eval-print loop over
// readline's Interface (line editing, history), evaluating in the global scope with results shown by
// util.inspect, multi-line input while the code is incomplete, top-level await for expressions, `_`
// and `_error`, the dot commands (.help .exit .break .clear), and Node's Ctrl-C / Ctrl-D behaviour.

import { builtinNames, loadBuiltin } from '../internal/builtins.js';
import { nodeError } from '../internal/errors.js';
import { inspect as lazyInspect } from '../internal/inspect.js';
import { Interface } from './readline.js';

type Writer = (value: unknown) => string;
type Output = { write(s: string): unknown; isTTY?: boolean } | null | undefined;
type EvalFn = (
  code: string,
  context: object,
  file: string,
  cb: (err: Error | null, result?: unknown) => void,
) => void;

interface ReplOptions {
  prompt?: string;
  input?: unknown;
  output?: Output;
  terminal?: boolean;
  useColors?: boolean;
  ignoreUndefined?: boolean;
  writer?: Writer;
  eval?: EvalFn;
}

interface Command {
  help: string;
  action: (this: REPLServer, rest: string) => void;
}

const indirectEval = eval;
const g = globalThis as unknown as Record<string, unknown> & {
  process: { stdin: unknown; stdout: Output; exit(code?: number): void };
};

function inspect(value: unknown, colors: boolean): string {
  return lazyInspect(value, { colors, showProxy: true });
}

/** Syntax errors that mean "the input goes on": the REPL asks for more lines instead of failing. */
function incomplete(err: unknown): boolean {
  return (
    err instanceof SyntaxError &&
    /^(Unexpected end of input|Unterminated template literal|missing \) after argument list)$/.test(
      err.message,
    )
  );
}

/**
 * Declarations a REPL keeps across lines. Indirect eval scopes `let`, `const` and `class` to the one
 * evaluation, where Node's REPL (a script per line) keeps them: at the start of a line they become
 * global bindings instead (a const is then reassignable — the one visible difference).
 */
function persistDeclarations(code: string): string {
  return code
    .replace(/^(\s*)(?:let|const)\s+(?=[A-Za-z_$[{])/, '$1var ')
    .replace(/^(\s*)class\s+([A-Za-z_$][\w$]*)/, '$1var $2 = class $2');
}

/** Evaluates one input in the global scope; `await` at top level runs in an async wrapper. */
function defaultEval(
  code: string,
  _context: object,
  file: string,
  cb: (e: Error | null, r?: unknown) => void,
): void {
  // Frames of REPL code are named like Node's (`REPL3:1:7`), which is also how they are cut off.
  const tag = `\n//# sourceURL=${file}`;
  let source = persistDeclarations(code);
  // `{ a: 1 }` is an object to a REPL user, not a block.
  if (/^\s*\{/.test(source) && !/;\s*$/.test(source)) {
    try {
      cb(null, indirectEval(`(${source})${tag}`));
      return;
    } catch (err) {
      if (!(err instanceof SyntaxError)) {
        cb(err as Error);
        return;
      }
    }
  }
  try {
    cb(null, indirectEval(`${source}${tag}`));
  } catch (err) {
    if (err instanceof SyntaxError && /await is only valid/.test(err.message)) {
      source = source.trim().replace(/;$/, '');
      let run: Promise<unknown>;
      try {
        run = indirectEval(`(async () => (${source}))()${tag}`) as Promise<unknown>;
      } catch {
        try {
          run = indirectEval(`(async () => { ${source} })()${tag}`) as Promise<unknown>;
        } catch (e2) {
          cb(e2 as Error);
          return;
        }
      }
      run.then(
        (v) => cb(null, v),
        (e) => cb(e as Error),
      );
      return;
    }
    cb(err as Error);
  }
}

/** repl.REPLServer: an Interface that evaluates what is typed. */
export class REPLServer extends Interface {
  readonly context: object = globalThis;
  readonly commands: Record<string, Command> = Object.create(null);
  readonly useColors: boolean;
  readonly ignoreUndefined: boolean;
  writer: Writer;
  private readonly evalFn: EvalFn;
  private readonly replOutput: Output;
  private buffered = '';
  /** Lines evaluated so far (.save), and how many evaluations (REPL1, REPL2 … in stacks). */
  private readonly session: string[] = [];
  private evaluations = 0;
  private sawInterrupt = false;
  private running = false;

  constructor(options: ReplOptions | string = {}) {
    const o: ReplOptions = typeof options === 'string' ? { prompt: options } : options;
    const input = o.input ?? g.process.stdin;
    const output = o.output ?? g.process.stdout;
    super({ input, output, prompt: o.prompt ?? '> ', terminal: o.terminal } as never);
    this.replOutput = output;
    this.useColors = o.useColors ?? Boolean(this.terminal && output?.isTTY);
    this.ignoreUndefined = o.ignoreUndefined ?? false;
    this.writer = o.writer ?? ((v) => inspect(v, this.useColors));
    this.evalFn = o.eval ?? defaultEval;
    this.defineBuiltinCommands();
    this.on('line', (line: string) => this.onLine(line));
    this.on('SIGINT', () => this.onInterrupt());
    this.once('close', () => this.emit('exit'));
    this.displayPrompt();
  }

  defineCommand(keyword: string, cmd: Command | Command['action']): void {
    const c = typeof cmd === 'function' ? { help: '', action: cmd } : cmd;
    if (typeof c.action !== 'function')
      throw nodeError(
        'ERR_INVALID_ARG_TYPE',
        'The "cmd.action" property must be of type function',
        TypeError,
      );
    this.commands[keyword] = c;
  }

  /** The prompt, or the continuation prompt while a multi-line input is open. */
  displayPrompt(preserveCursor?: boolean): void {
    const main = this.getPrompt().replace(/^\.\.\. $/, '> ');
    if (this.buffered) {
      this.setPrompt('... ');
      this.prompt(preserveCursor);
      this.setPrompt(main);
    } else this.prompt(preserveCursor);
  }

  clearBufferedCommand(): void {
    this.buffered = '';
  }

  private out(s: string): void {
    this.replOutput?.write(s);
  }

  private defineBuiltinCommands(): void {
    this.defineCommand('break', {
      help: 'Sometimes you get stuck, this gets you out',
      action(this: REPLServer) {
        this.clearBufferedCommand();
        this.displayPrompt();
      },
    });
    this.defineCommand('clear', {
      help: 'Break, and also clear the local context',
      action(this: REPLServer) {
        this.clearBufferedCommand();
        this.displayPrompt();
      },
    });
    this.defineCommand('exit', {
      help: 'Exit the REPL',
      action(this: REPLServer) {
        this.close();
      },
    });
    this.defineCommand('load', {
      help: 'Load JS from a file into the REPL session',
      action(this: REPLServer, file: string) {
        const fs = loadBuiltin('fs') as { readFileSync(p: string, e: string): string };
        let text: string;
        try {
          text = fs.readFileSync(file, 'utf8');
        } catch {
          this.out(`Failed to load: ${file}\n`);
          this.displayPrompt();
          return;
        }
        this.evaluate(text, () => this.displayPrompt());
      },
    });
    this.defineCommand('save', {
      help: 'Save all evaluated commands in this REPL session to a file',
      action(this: REPLServer, file: string) {
        const fs = loadBuiltin('fs') as { writeFileSync(p: string, t: string): void };
        try {
          fs.writeFileSync(file, `${this.session.join('\n')}\n`);
          this.out(`Session saved to: ${file}\n`);
        } catch {
          this.out(`Failed to save: ${file}\n`);
        }
        this.displayPrompt();
      },
    });
    this.defineCommand('help', {
      help: 'Print this help message',
      action(this: REPLServer) {
        const names = Object.keys(this.commands).sort();
        const width = Math.max(...names.map((n) => n.length)) + 4;
        for (const n of names) this.out(`.${n.padEnd(width)}${this.commands[n]?.help ?? ''}\n`);
        this.out('\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n');
        this.displayPrompt();
      },
    });
  }

  private onInterrupt(): void {
    if (this.line || this.buffered) {
      this.sawInterrupt = false;
      this.clearBufferedCommand();
      this.line = '';
      this.cursor = 0;
      this.out('\n');
      this.displayPrompt();
      return;
    }
    if (this.sawInterrupt) {
      this.close();
      return;
    }
    this.sawInterrupt = true;
    this.out('\n(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
    this.displayPrompt();
  }

  private onLine(line: string): void {
    this.sawInterrupt = false;
    if (this.running) return;
    const trimmed = line.trim();
    if (!this.buffered && trimmed.startsWith('.') && !/^\.\d/.test(trimmed)) {
      const [word = '', ...rest] = trimmed.slice(1).split(/\s+/);
      const cmd = this.commands[word];
      if (cmd) cmd.action.call(this, rest.join(' '));
      else {
        this.out('Invalid REPL keyword\n');
        this.displayPrompt();
      }
      return;
    }
    const code = this.buffered ? `${this.buffered}\n${line}` : line;
    if (code.trim() === '') {
      this.displayPrompt();
      return;
    }
    this.evaluate(code, (done) => {
      if (done === 'incomplete') this.buffered = code;
      else {
        this.buffered = '';
        this.session.push(code);
      }
      this.displayPrompt();
    });
  }

  /** Evaluates `code` and prints its result or error; `then` learns whether it was incomplete. */
  private evaluate(code: string, then: (done: 'incomplete' | 'done') => void): void {
    this.running = true;
    this.evalFn(code, this.context, `REPL${++this.evaluations}`, (err, result) => {
      this.running = false;
      if (err && incomplete(err)) {
        this.evaluations--;
        then('incomplete');
        return;
      }
      if (err) {
        g._error = err;
        this.out(`Uncaught ${this.describeError(err)}\n`);
      } else if (!(result === undefined && this.ignoreUndefined)) {
        if (result !== undefined) g._ = result;
        this.out(`${this.writer(result)}\n`);
      }
      then('done');
    });
  }

  /** The error as Node's REPL shows it: its stack down to (not including) the REPL line itself. */
  private describeError(err: unknown): string {
    const text = inspect(err, this.useColors);
    if (!(err instanceof Error)) return text;
    const lines = text.split('\n');
    const top = lines.findIndex((l) => /^\s+at (?:eval \()?REPL\d+:\d+:\d+\)?$/.test(l));
    return top === -1 ? text : lines.slice(0, top).join('\n');
  }
}

/** repl.start([prompt | options]). */
export function start(options?: ReplOptions | string): REPLServer {
  return new REPLServer(options);
}

export default {
  start,
  REPLServer,
  REPL_MODE_SLOPPY: Symbol('repl-sloppy'),
  REPL_MODE_STRICT: Symbol('repl-strict'),
  builtinModules: builtinNames.filter((n) => !n.includes('/')),
};

// Guest zone (userland /bin/sh): non-local control flow, thrown through the executor as values:
// exit, return, break/continue, and fatal shell errors (which end a non-interactive shell).

/** `exit n`, or the end of a subshell body. */
export class ExitSignal {
  constructor(readonly code: number) {}
}

/** `return n` from a function or a dot script. */
export class ReturnSignal {
  constructor(readonly code: number) {}
}

/** `break n` / `continue n`. */
export class LoopSignal {
  constructor(
    readonly kind: 'break' | 'continue',
    public levels: number,
  ) {}
}

/** An error that prints `sh: LINE: message` and exits a non-interactive shell with `code`. */
export class ShellError {
  constructor(
    readonly message: string,
    readonly code = 2,
  ) {}
}

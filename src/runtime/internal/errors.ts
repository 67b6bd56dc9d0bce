// Guest zone: Node-shaped errors. Kernel errors arrive as data ({ code, syscall, path?, dest? }) and
// become Error objects here, with the message, errno and properties Node gives them.

import { ERRNO, isErrnoCode, type WireError } from '../../abi/errno.js';

const ErrorCtor = Error;
const TypeErrorCtor = TypeError;
const RangeErrorCtor = RangeError;

export interface NodeError extends Error {
  code?: string;
  errno?: number;
  syscall?: string;
  path?: string;
  dest?: string;
}

/** `ENOENT: no such file or directory, open '/x'` with errno, code, syscall, path and dest set. */
export function uvException(wire: WireError): NodeError {
  const code = isErrnoCode(wire.code) ? wire.code : 'EIO';
  const [errno, desc] = ERRNO[code];
  let message = `${code}: ${desc}, ${wire.syscall}`;
  if (typeof wire.path === 'string') message += ` '${wire.path}'`;
  if (typeof wire.dest === 'string') message += ` -> '${wire.dest}'`;
  const err = new ErrorCtor(message) as NodeError;
  err.errno = errno;
  err.code = code;
  err.syscall = wire.syscall;
  if (typeof wire.path === 'string') err.path = wire.path;
  if (typeof wire.dest === 'string') err.dest = wire.dest;
  return err;
}

/** A Node internal error (`ERR_*`): `TypeError [ERR_X]: msg` in stacks, `code` property set. */
export function nodeError(
  code: string,
  message: string,
  Base: ErrorConstructor = ErrorCtor,
): Error & { code: string } {
  const err = new Base(message) as Error & { code: string };
  err.code = code;
  // Node shows the code in the name while the stack is captured, then restores the plain name.
  Object.defineProperty(err, 'name', {
    value: `${Base.prototype.name} [${code}]`,
    configurable: true,
    writable: true,
  });
  void err.stack;
  delete (err as { name?: string }).name;
  return err;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return `function ${(value as { name?: string }).name || '<anonymous>'}`;
  if (typeof value === 'object') {
    const ctor = (value as { constructor?: { name?: string } }).constructor;
    if (ctor?.name) return `an instance of ${ctor.name}`;
    return 'an instance of Object';
  }
  let shown =
    typeof value === 'string' ? `'${value.length > 28 ? `${value.slice(0, 25)}...` : value}'` : String(value);
  if (typeof value === 'bigint') shown += 'n';
  return `type ${typeof value} (${shown})`;
}

/** What a Node SystemError carries about the failed call (its `info`). */
export interface SystemErrorContext {
  code: string;
  message: string;
  syscall: string;
  errno: number;
  path?: string;
  dest?: string;
}

/**
 * Node's SystemError (`SystemError [ERR_FS_EISDIR]: Path is a directory: rm returned EISDIR (is a
 * directory) dir`): `code` is the ERR_* key, `info` the context, errno/syscall/path copied from it.
 */
export function systemError(key: string, prefix: string, ctx: SystemErrorContext): Error {
  let message = `${prefix}: ${ctx.syscall} returned ${ctx.code} (${ctx.message})`;
  if (ctx.path !== undefined) message += ` ${ctx.path}`;
  if (ctx.dest !== undefined) message += ` => ${ctx.dest}`;
  const err = nodeError(key, message) as unknown as Error & Record<string, unknown>;
  Object.defineProperty(err, 'name', { value: 'SystemError', configurable: true, writable: true });
  err.stack = `SystemError [${key}]: ${message}${(err.stack ?? '').slice((err.stack ?? '').indexOf('\n'))}`;
  Object.defineProperty(err, 'toString', {
    value: () => `SystemError [${key}]: ${message}`,
    configurable: true,
    writable: true,
  });
  err.info = { ...ctx };
  err.errno = ctx.errno;
  err.syscall = ctx.syscall;
  if (ctx.path !== undefined) err.path = ctx.path;
  if (ctx.dest !== undefined) err.dest = ctx.dest;
  return err;
}

/** `The "path" argument must be of type string. Received ...` */
export function invalidArgType(name: string, expected: string, actual: unknown): Error & { code: string } {
  const what = name.includes('.') ? 'property' : 'argument';
  return nodeError(
    'ERR_INVALID_ARG_TYPE',
    `The "${name}" ${what} must be ${expected}. Received ${describe(actual)}`,
    TypeErrorCtor,
  );
}

export function invalidArgValue(
  name: string,
  value: unknown,
  reason = 'is invalid',
): Error & { code: string } {
  let shown: string;
  try {
    shown = typeof value === 'string' ? `'${value}'` : String(value);
  } catch {
    shown = '[object]';
  }
  const what = name.includes('.') ? 'property' : 'argument';
  return nodeError(
    'ERR_INVALID_ARG_VALUE',
    `The ${what} '${name}' ${reason}. Received ${shown}`,
    TypeErrorCtor,
  );
}

/** Digits in groups of three (`1_099_511_627_776`), as Node shows large out-of-range values. */
function groupDigits(s: string): string {
  const sign = s.startsWith('-') ? '-' : '';
  let digits = sign ? s.slice(1) : s;
  let out = '';
  while (digits.length > 3) {
    out = `_${digits.slice(-3)}${out}`;
    digits = digits.slice(0, -3);
  }
  return `${sign}${digits}${out}`;
}

/** How ERR_OUT_OF_RANGE shows the received value. */
function shownReceived(value: unknown): string {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) return groupDigits(String(value));
    return Object.is(value, -0) ? '-0' : String(value);
  }
  if (typeof value === 'bigint') {
    const big = value > 2n ** 32n || value < -(2n ** 32n);
    return `${big ? groupDigits(String(value)) : String(value)}n`;
  }
  if (typeof value === 'string') return `'${value}'`;
  try {
    return String(value);
  } catch {
    return '[object]';
  }
}

export function outOfRange(name: string, range: string, value: unknown): Error & { code: string } {
  return nodeError(
    'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${shownReceived(value)}`,
    RangeErrorCtor,
  );
}

/** What an unimplemented API throws: a clear error, never a silent no-op. */
export function notImplemented(what: string): Error & { code: string } {
  return nodeError('ERR_NOT_IMPLEMENTED', `${what} is not implemented in tsvirt`);
}

export function validateString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') throw invalidArgType(name, 'of type string', value);
}

export function validateFunction(
  value: unknown,
  name: string,
): asserts value is (...args: unknown[]) => unknown {
  if (typeof value !== 'function') throw invalidArgType(name, 'of type function', value);
}

export function validateInteger(
  value: unknown,
  name: string,
  min = -(2 ** 53) + 1,
  max = 2 ** 53 - 1,
): asserts value is number {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

/** Node's AbortError: what an operation given an aborted `signal` rejects with (cause: its reason). */
export function abortError(signal?: { reason?: unknown }): Error & { code: string } {
  const err = new ErrorCtor('The operation was aborted') as Error & { code: string; cause?: unknown };
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (signal?.reason !== undefined) err.cause = signal.reason;
  return err;
}

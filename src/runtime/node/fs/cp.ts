// Guest zone: fs.cp / cpSync / promises.cp. The copy is written once as a generator of fs calls; the
// sync driver runs each through the door, the async one awaits each (and an async `filter`).

import { invalidArgType, nodeError, validateFunction } from '../../internal/errors.js';
import { toPath } from './args.js';
import { type Call, ops } from './ops.js';
import { runAsync, runSync } from './run.js';
import type { Stats } from './stats.js';

interface CpOptions {
  dereference: boolean;
  errorOnExist: boolean;
  force: boolean;
  preserveTimestamps: boolean;
  recursive: boolean;
  verbatimSymlinks: boolean;
  mode: number;
  filter?: (src: string, dest: string) => unknown;
}

declare const require: (id: string) => unknown;
type PathMod = { resolve(...p: string[]): string; dirname(p: string): string };
const pathMod = () => (require('../path.js') as { default: PathMod }).default;
const resolvePath = (...p: string[]) => pathMod().resolve(...p);
const dirname = (p: string) => pathMod().dirname(p);

type Step = { call: Call } | { filter: [string, string] };
type Walk = Generator<Step, void, unknown>;

function cpOptions(options: unknown): CpOptions {
  const o: CpOptions = {
    dereference: false,
    errorOnExist: false,
    force: true,
    preserveTimestamps: false,
    recursive: false,
    verbatimSymlinks: false,
    mode: 0,
  };
  if (options === undefined || options === null) return o;
  if (typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  const given = options as Record<string, unknown>;
  for (const k of [
    'dereference',
    'errorOnExist',
    'force',
    'preserveTimestamps',
    'recursive',
    'verbatimSymlinks',
  ] as const) {
    if (given[k] === undefined) continue;
    if (typeof given[k] !== 'boolean') throw invalidArgType(`options.${k}`, 'of type boolean', given[k]);
    o[k] = given[k] as boolean;
  }
  if (given.filter !== undefined) {
    validateFunction(given.filter, 'options.filter');
    o.filter = given.filter as NonNullable<CpOptions['filter']>;
  }
  if (typeof given.mode === 'number') o.mode = given.mode;
  return o;
}

const cpError = (code: string, message: string, path: string) =>
  Object.assign(nodeError(code, message), { path, syscall: 'cp' });

function* statOf(path: string, follow: boolean): Generator<Step, Stats | undefined, unknown> {
  const call = follow
    ? ops.stat(path, { throwIfNoEntry: false })
    : ops.lstat(path, { throwIfNoEntry: false });
  return (yield { call }) as Stats | undefined;
}

function* copyEntry(src: string, dest: string, o: CpOptions): Walk {
  if (o.filter && !(yield { filter: [src, dest] })) return;
  const s = yield* statOf(src, o.dereference);
  if (!s) {
    yield { call: ops.lstat(src) }; // raises Node's ENOENT for the source
    return;
  }
  const d = yield* statOf(dest, false);
  if (s.isDirectory()) {
    if (!o.recursive)
      throw cpError('ERR_FS_EISDIR', `Recursive option is required to copy a directory: ${src}`, src);
    if (d && !d.isDirectory())
      throw cpError(
        'ERR_FS_CP_DIR_TO_NON_DIR',
        `cannot overwrite non-directory ${dest} with directory ${src}`,
        dest,
      );
    if (!d) yield { call: ops.mkdir(dest, { mode: s.mode & 0o7777 }) };
    const names = (yield { call: ops.readdir(src) }) as string[];
    for (const name of names) yield* copyEntry(`${src}/${name}`, `${dest}/${name}`, o);
    return;
  }
  if (d?.isDirectory())
    throw cpError(
      'ERR_FS_CP_NON_DIR_TO_DIR',
      `cannot overwrite directory ${dest} with non-directory ${src}`,
      dest,
    );
  if (d) {
    if (!o.force) {
      if (o.errorOnExist)
        throw cpError(
          'ERR_FS_CP_EEXIST',
          `Target already exists: cp returned EEXIST (${dest} already exists)`,
          dest,
        );
      return;
    }
    yield { call: ops.unlink(dest) };
  }
  if (s.isSymbolicLink()) {
    let target = (yield { call: ops.readlink(src) }) as string;
    // Like Node, a relative link is re-pointed at what it meant beside the source (unless verbatim).
    if (!o.verbatimSymlinks && !target.startsWith('/')) target = resolvePath(dirname(src), target);
    yield { call: ops.symlink(target, dest) };
    return;
  }
  yield { call: ops.copyFile(src, dest, o.mode) };
  if (o.preserveTimestamps) yield { call: ops.utimes(dest, s.atime, s.mtime) };
}

function* cpWalk(srcIn: unknown, destIn: unknown, o: CpOptions): Walk {
  const src = toPath(srcIn, 'src');
  const dest = toPath(destIn, 'dest');
  const norm = (p: string) => p.replace(/\/+$/, '') || '/';
  if (norm(src) === norm(dest))
    throw cpError(
      'ERR_FS_CP_EINVAL',
      `Invalid src or dest: cp returned EINVAL (src and dest cannot be the same) ${dest}`,
      dest,
    );
  if (norm(dest).startsWith(`${norm(src)}/`))
    throw cpError(
      'ERR_FS_CP_EINVAL',
      `Invalid src or dest: cp returned EINVAL (cannot copy ${src} to a subdirectory of self ${dest}) ${dest}`,
      dest,
    );
  yield* copyEntry(src, dest, o);
}

export function cpSync(src: unknown, dest: unknown, options?: unknown): void {
  const o = cpOptions(options);
  const walk = cpWalk(src, dest, o);
  let input: unknown;
  for (;;) {
    const r = walk.next(input);
    if (r.done) return;
    const step = r.value;
    input = 'call' in step ? runSync(step.call) : o.filter?.(...step.filter);
  }
}

export function cpPromise(src: unknown, dest: unknown, options?: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const o = cpOptions(options);
    const walk = cpWalk(src, dest, o);
    const advance = (input: unknown, error?: unknown): void => {
      let r: IteratorResult<Step, void>;
      try {
        r = error === undefined ? walk.next(input) : walk.throw(error);
      } catch (err) {
        reject(err);
        return;
      }
      if (r.done) {
        resolve();
        return;
      }
      const step = r.value;
      if ('call' in step) runAsync(step.call, (err, v) => (err ? advance(undefined, err) : advance(v)));
      else
        Promise.resolve(o.filter?.(...step.filter)).then(advance, (err) =>
          advance(undefined, err ?? new Error()),
        );
    };
    advance(undefined);
  });
}

export function cp(src: unknown, dest: unknown, ...rest: unknown[]): void {
  const cb = rest.pop();
  validateFunction(cb, 'cb');
  cpOptions(rest[0]); // option errors throw here, synchronously, as in Node
  cpPromise(src, dest, rest[0]).then(
    () => cb(null),
    (err) => cb(err),
  );
}

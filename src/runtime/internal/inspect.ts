// Guest zone: util.inspect and util.format, loaded on first use. node-inspect-extracted costs more to
// initialise than the rest of the bootstrap together, and most programs print only strings.

declare const require: (id: string) => unknown;

type InspectFn = ((value: unknown, options?: object) => string) & Record<string, unknown>;
type InspectModule = {
  inspect: InspectFn;
  formatWithOptions: (options: object, ...args: unknown[]) => string;
  format: (...args: unknown[]) => string;
  stripVTControlCharacters: (s: string) => string;
};

let mod: InspectModule | undefined;

/** The real module (node-inspect-extracted), loaded once. */
export function inspectModule(): InspectModule {
  if (mod) return mod;
  mod = require('node-inspect-extracted') as InspectModule;
  // The package ships minified: its inspect is called `Nn`.
  Object.defineProperty(mod.inspect, 'name', { value: 'inspect', configurable: true });
  if (facade) shareTables(facade, mod.inspect);
  return mod;
}

let facade: InspectFn | undefined;

/**
 * node:util's `inspect`: a function that loads the real one on its first call, so a program that
 * requires util for promisify or types does not pay for inspect (most of util's load). It has the real
 * one's properties in Node's order and shapes: `custom`, `defaultOptions` (an accessor, as in Node),
 * and `colors` and `styles`, the real tables themselves (which programs edit in place): until the
 * module loads these two are accessors that load it, then they become the data properties Node has.
 */
export function utilInspect(): InspectFn {
  if (facade) return facade;
  const fn = function inspect(this: unknown, ...args: unknown[]): string {
    return Reflect.apply(inspectModule().inspect, this, args) as string;
  } as unknown as InspectFn;
  Object.defineProperty(fn, 'length', { value: 2, configurable: true });
  Object.defineProperty(fn, 'custom', {
    value: Symbol.for('nodejs.util.inspect.custom'),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  Object.defineProperty(fn, 'defaultOptions', {
    get: () => inspectModule().inspect.defaultOptions,
    set: (options: unknown) => {
      inspectModule().inspect.defaultOptions = options;
    },
  });
  for (const key of TABLES) {
    Object.defineProperty(fn, key, {
      get: () => inspectModule().inspect[key],
      set: (value: unknown) => {
        inspectModule();
        fn[key] = value;
      },
      enumerable: true,
      configurable: true,
    });
  }
  facade = fn;
  if (mod) shareTables(fn, mod.inspect);
  return fn;
}

/** The facade once util made it (the patched package hands it to custom inspectors: build-inspect.mjs). */
export function publicInspect(): InspectFn | undefined {
  return facade;
}

const TABLES = ['colors', 'styles'] as const;

/**
 * Makes the facade's `colors` and `styles` plain data properties holding the real tables, and has the
 * real function read them from the facade: a program that assigns a whole new table to
 * `util.inspect.colors` changes what inspect prints, as in Node.
 */
function shareTables(to: InspectFn, from: InspectFn): void {
  for (const key of TABLES) {
    Object.defineProperty(to, key, {
      value: from[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
    Object.defineProperty(from, key, {
      get: () => to[key],
      set: (value: unknown) => {
        to[key] = value;
      },
      enumerable: true,
      configurable: true,
    });
  }
}

/** util.stripVTControlCharacters, from the real module (which validates its argument as Node does). */
export function stripVTControlCharacters(s: string): string {
  return inspectModule().stripVTControlCharacters(s);
}

export function inspect(value: unknown, options?: object): string {
  return inspectModule().inspect(value, options);
}

/** A primitive printed by format() exactly as inspect would, without loading inspect. */
function plain(v: unknown, first: boolean): string | undefined {
  switch (typeof v) {
    case 'string':
      // A format string is interpreted only when it is the first argument and contains a %.
      return first && v.includes('%') ? undefined : v;
    case 'number':
      return Object.is(v, -0) ? '-0' : String(v);
    case 'boolean':
    case 'undefined':
      return String(v);
    case 'bigint':
      return `${v}n`;
    default:
      return v === null ? 'null' : undefined;
  }
}

/** util.formatWithOptions, with a fast path for the common all-primitive case. */
export function formatWithOptions(options: object, ...args: unknown[]): string {
  const parts: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const p = plain(args[i], i === 0);
    if (p === undefined) return inspectModule().formatWithOptions(options, ...args);
    parts.push(p);
  }
  return parts.join(' ');
}

export function format(...args: unknown[]): string {
  return formatWithOptions({}, ...args);
}

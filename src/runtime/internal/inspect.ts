// Guest zone: util.inspect and util.format, loaded on first use. node-inspect-extracted costs more to
// initialise than the rest of the bootstrap together, and most programs print only strings.

declare const require: (id: string) => unknown;

type InspectModule = {
  inspect: ((value: unknown, options?: object) => string) & Record<string, unknown>;
  formatWithOptions: (options: object, ...args: unknown[]) => string;
  format: (...args: unknown[]) => string;
};

let mod: InspectModule | undefined;

/** The real module (node-inspect-extracted), loaded once. */
export function inspectModule(): InspectModule {
  mod ??= require('node-inspect-extracted') as InspectModule;
  return mod;
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

// Guest zone: util.parseArgs, Node's algorithm: argv → tokens (short groups, inline values, `--`),
// then strict checks, values (null prototype), positionals and defaults.

import { invalidArgType, invalidArgValue, nodeError } from '../../internal/errors.js';

type OptionConfig = { type: 'string' | 'boolean'; short?: string; multiple?: boolean; default?: unknown };
type Options = Record<string, OptionConfig>;
type Token =
  | {
      kind: 'option';
      name: string;
      rawName: string;
      index: number;
      value: string | undefined;
      inlineValue: boolean | undefined;
    }
  | { kind: 'positional'; index: number; value: string }
  | { kind: 'option-terminator'; index: number };

const own = (o: object, k: string): unknown =>
  Object.hasOwn(o, k) ? (o as Record<string, unknown>)[k] : undefined;
const optionType = (options: Options, name: string) => {
  const c = own(options, name) as OptionConfig | undefined;
  return c ? own(c, 'type') : undefined;
};

const parseError = (code: string, message: string) => nodeError(code, message, TypeError);

function mainArgs(): string[] {
  const proc = (globalThis as unknown as { process: { argv: string[]; execArgv: string[] } }).process;
  const evalFlag = proc.execArgv.some(
    (a) => /^(-e|-p|--eval|--print)$/.test(a) || /^--(eval|print)=/.test(a),
  );
  return proc.argv.slice(evalFlag ? 1 : 2);
}

function longFor(short: string, options: Options): string {
  for (const [name, c] of Object.entries(options)) if (own(c, 'short') === short) return name;
  return short;
}

const isLoneShort = (a: string) => a.length === 2 && a[0] === '-' && a[1] !== '-';
const isLoneLong = (a: string) => a.length > 2 && a.startsWith('--') && !a.includes('=', 3);
const isLongWithValue = (a: string) => a.length > 2 && a.startsWith('--') && a.includes('=', 3);
const isShortStart = (a: string) => a.length > 2 && a[0] === '-' && a[1] !== '-';
const isOptionLikeValue = (v: string | undefined) => v !== undefined && v.length > 1 && v[0] === '-';

function tokenize(args: string[], options: Options): Token[] {
  const tokens: Token[] = [];
  const rest = [...args];
  let index = -1;
  let group = 0;
  while (rest.length > 0) {
    const arg = rest.shift() as string;
    const next = rest[0];
    if (group > 0) group--;
    else index++;
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const r of rest) tokens.push({ kind: 'positional', index: ++index, value: r });
      break;
    }
    if (isLoneShort(arg) || isLoneLong(arg)) {
      const name = isLoneShort(arg) ? longFor(arg[1] as string, options) : arg.slice(2);
      let value: string | undefined;
      let inlineValue: boolean | undefined;
      if (optionType(options, name) === 'string' && next !== undefined) {
        value = rest.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value !== undefined) ++index;
      continue;
    }
    if (isShortStart(arg) && optionType(options, longFor(arg[1] as string, options)) !== 'string') {
      const expanded: string[] = [];
      for (let i = 1; i < arg.length; i++) {
        const short = arg[i] as string;
        if (optionType(options, longFor(short, options)) !== 'string' || i === arg.length - 1)
          expanded.push(`-${short}`);
        else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      rest.unshift(...expanded);
      group = expanded.length;
      continue;
    }
    if (isShortStart(arg)) {
      const short = arg[1] as string;
      tokens.push({
        kind: 'option',
        name: longFor(short, options),
        rawName: `-${short}`,
        index,
        value: arg.slice(2),
        inlineValue: true,
      });
      continue;
    }
    if (isLongWithValue(arg)) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq);
      tokens.push({
        kind: 'option',
        name,
        rawName: `--${name}`,
        index,
        value: arg.slice(eq + 1),
        inlineValue: true,
      });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkUsage(
  options: Options,
  token: Extract<Token, { kind: 'option' }>,
  allowPositionals: boolean,
  allowNegative: boolean,
): void {
  let name = token.name;
  if (!Object.hasOwn(options, name)) {
    const positive = name.slice(3);
    if (!(allowNegative && name.startsWith('no-') && optionType(options, positive) === 'boolean')) {
      let msg = `Unknown option '${token.rawName}'`;
      if (allowPositionals)
        msg += `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(token.rawName)}`;
      throw parseError('ERR_PARSE_ARGS_UNKNOWN_OPTION', msg);
    }
    name = positive;
  }
  const short = own(options[name] as object, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionType(options, name);
  if (type === 'string' && typeof token.value !== 'string')
    throw parseError(
      'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
      `Option '${shortAndLong} <value>' argument missing`,
    );
  if (type === 'boolean' && token.value !== undefined)
    throw parseError(
      'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
      `Option '${shortAndLong}' does not take an argument`,
    );
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = token.rawName.startsWith('--')
      ? `'${token.rawName}=-XYZ'`
      : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw parseError(
      'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
      `Option '${token.rawName}' argument is ambiguous.\nDid you forget to specify the option argument for '${token.rawName}'?\nTo specify an option argument starting with a dash use ${example}.`,
    );
  }
}

function store(name: string, value: unknown, options: Options, values: Record<string, unknown>): void {
  if (name === '__proto__') return;
  const v = value ?? true;
  if ((own(options, name) as OptionConfig | undefined)?.multiple) {
    if (values[name] === undefined) values[name] = [];
    (values[name] as unknown[]).push(v);
  } else values[name] = v;
}

function validateConfig(options: unknown): Options {
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw invalidArgType('options', 'of type object', options);
  for (const [name, c] of Object.entries(options)) {
    if (c === null || typeof c !== 'object') throw invalidArgType(`options.${name}`, 'of type object', c);
    const type = own(c, 'type');
    if (type !== 'string' && type !== 'boolean') {
      const shown = invalidArgType('x', '', type).message.replace(/^.*Received /, '');
      throw nodeError(
        'ERR_INVALID_ARG_TYPE',
        `The "options.${name}.type" property must be ('string|boolean'). Received ${shown}`,
        TypeError,
      );
    }
    const short = own(c, 'short');
    if (short !== undefined) {
      if (typeof short !== 'string') throw invalidArgType(`options.${name}.short`, 'of type string', short);
      if (short.length !== 1)
        throw invalidArgValue(`options.${name}.short`, short, 'must be a single character');
    }
    const multiple = own(c, 'multiple');
    if (multiple !== undefined && typeof multiple !== 'boolean')
      throw invalidArgType(`options.${name}.multiple`, 'of type boolean', multiple);
    const dflt = own(c, 'default');
    if (dflt !== undefined) {
      const ok = multiple
        ? Array.isArray(dflt) && dflt.every((d) => typeof d === type)
        : typeof dflt === type;
      if (!ok)
        throw invalidArgType(
          `options.${name}.default`,
          multiple ? `an instance of Array` : `of type ${type}`,
          dflt,
        );
    }
  }
  return options as Options;
}

function bool(v: unknown, name: string): boolean {
  if (typeof v !== 'boolean') throw invalidArgType(name, 'of type boolean', v);
  return v;
}

/** util.parseArgs(config). */
export function parseArgs(config: Record<string, unknown> = {}): {
  values: Record<string, unknown>;
  positionals: string[];
  tokens?: Token[];
} {
  const args = own(config, 'args') ?? mainArgs();
  const strict = bool(own(config, 'strict') ?? true, 'strict');
  const allowPositionals = bool(own(config, 'allowPositionals') ?? !strict, 'allowPositionals');
  const returnTokens = bool(own(config, 'tokens') ?? false, 'tokens');
  const allowNegative = bool(own(config, 'allowNegative') ?? false, 'allowNegative');
  if (!Array.isArray(args)) throw invalidArgType('args', 'an instance of Array', args);
  const options = validateConfig(own(config, 'options') ?? Object.create(null));
  const tokens = tokenize(args as string[], options);
  const values: Record<string, unknown> = Object.create(null);
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) checkUsage(options, token, allowPositionals, allowNegative);
      if (allowNegative && token.name.startsWith('no-') && token.value === undefined)
        store(token.name.slice(3), false, options, values);
      else store(token.name, token.value, options, values);
    } else if (token.kind === 'positional') {
      if (!allowPositionals)
        throw parseError(
          'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
          `Unexpected argument '${token.value}'. This command does not take positional arguments`,
        );
      positionals.push(token.value);
    }
  }
  for (const [name, c] of Object.entries(options)) {
    const d = own(c, 'default');
    if (d !== undefined && values[name] === undefined) values[name] = Array.isArray(d) ? [...d] : d;
  }
  return returnTokens ? { values, positionals, tokens } : { values, positionals };
}

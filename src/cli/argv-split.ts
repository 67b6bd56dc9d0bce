// Host zone (CLI): Docker's "flags stop at the first operand" rule for `run`. yargs would read
// `tsvirt run img node -e x` as our own -e; this finds where our flags end and marks it with `--`.

/** The flags of a command as far as splitting needs to know: which ones consume a value. */
export interface FlagShape {
  /** Long names (without dashes) that take a value. */
  longWithValue: ReadonlySet<string>;
  /** One-letter names that take a value. */
  shortWithValue: ReadonlySet<string>;
}

/**
 * Index of the first operand (the IMAGE, or the command under --rootfs) in `args`, or -1 when there
 * is none. An explicit `--` also ends the flags; its index is returned with `explicit: true`.
 */
export function firstOperand(
  args: readonly string[],
  shape: FlagShape,
): { index: number; explicit: boolean } {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') return { index: i, explicit: true };
    if (a === '-' || !a.startsWith('-')) return { index: i, explicit: false };
    if (a.startsWith('--')) {
      // `--name value` consumes the next word; `--name=value` and booleans do not.
      if (!a.includes('=') && shape.longWithValue.has(a.slice(2))) i++;
      continue;
    }
    // A cluster of short flags (`-it`, `-e`, `-eKEY=V`): the first value flag takes the rest of the
    // word, or the next word when it is the last letter.
    for (let j = 1; j < a.length; j++) {
      if (!shape.shortWithValue.has(a[j] as string)) continue;
      if (j === a.length - 1) i++;
      break;
    }
  }
  return { index: -1, explicit: false };
}

/** pflag's attached short values, which yargs reads as more flags: `-eK=V` → `-e K=V`, `-ie=K` → `-i -e K`. */
function splitShortValue(arg: string, shape: FlagShape): string[] {
  if (arg.startsWith('--') || arg.length < 3) return [arg];
  for (let j = 1; j < arg.length - 1; j++) {
    if (!shape.shortWithValue.has(arg[j] as string)) continue;
    const flags = j === 1 ? [] : [`-${arg.slice(1, j)}`];
    const value = arg.slice(j + 1);
    return [...flags, `-${arg[j]}`, value.startsWith('=') ? value.slice(1) : value];
  }
  return [arg];
}

/**
 * `args` with `--` inserted before the first operand, so the parser leaves the rest alone, and
 * attached short-flag values split off (only among the flags, never in the operands).
 */
export function haltAtFirstOperand(args: readonly string[], shape: FlagShape): string[] {
  const { index, explicit } = firstOperand(args, shape);
  const end = index === -1 ? args.length : index;
  const out: string[] = [];
  for (let i = 0; i < end; i++) {
    const a = args[i] as string;
    const split = splitShortValue(a, shape);
    out.push(...split);
    // A value flag as the last word takes the next word verbatim, even one that looks like a flag.
    const lastWord = split[split.length - 1] as string;
    const wantsNext = a.startsWith('--')
      ? !a.includes('=') && shape.longWithValue.has(a.slice(2))
      : split.length === 1 && a.length >= 2 && shape.shortWithValue.has(a[a.length - 1] as string);
    if (wantsNext && lastWord === a && i + 1 < end) out.push(args[++i] as string);
  }
  if (index === -1) return out;
  return [...out, ...(explicit ? [] : ['--']), ...args.slice(index)];
}

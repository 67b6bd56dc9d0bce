// Guest zone: the message node:assert's AssertionError generates when none is given, as Node 20 words
// it: a line diff of the two values' inspections for the strict operators, the value alone for the
// "not" ones, both values around the operator otherwise. The `assert` package (a port of an older
// Node) keeps its AssertionError; its constructor asks this module for the text (build-assert.mjs).

import { utilInspect } from '../../internal/inspect.js';

/** Colour codes for the diff: empty strings unless stderr is a terminal with colours. */
export interface DiffColors {
  blue: string;
  green: string;
  red: string;
  white: string;
}

const HEADINGS: Record<string, string> = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

/** Primitives whose inspections together are at most this long are shown as `a !== b`. */
const SHORT = 12;
/** A value shown alone is cut to this many lines (the last one `...`) past LONG lines. */
const LONG = 50;
const KEPT = 47;
/** A diff stops after this many printed lines. */
const MAX_PRINTED = 50;

function inspectValue(value: unknown): string {
  return utilInspect()(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Number.POSITIVE_INFINITY,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

const isObject = (v: unknown) => typeof v === 'object' && v !== null;

/** Cuts a long inspection to its first lines and a `...` line. */
function shortened(lines: string[], c: DiffColors): string[] {
  if (lines.length <= LONG) return lines;
  const out = lines.slice(0, KEPT);
  out[KEPT - 1] = `${c.blue}...${c.white}`;
  return out;
}

/** The message of an AssertionError made without one. */
export function assertionMessage(
  actual: unknown,
  expected: unknown,
  operator: string,
  c: DiffColors,
): string {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual')
    return diff(actual, expected, operator, c);
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    const objectLike = isObject(actual) || typeof actual === 'function';
    const heading = HEADINGS[operator === 'notStrictEqual' && objectLike ? 'notStrictEqualObject' : operator];
    const lines = shortened(inspectValue(actual).split('\n'), c);
    if (lines.length === 1) {
      const only = lines[0] as string;
      return `${heading}${only.length > 5 ? '\n\n' : ' '}${only}`;
    }
    return `${heading}\n\n${lines.join('\n')}\n`;
  }
  let shown = inspectValue(actual);
  let other = inspectValue(expected);
  const heading = HEADINGS[operator];
  if (operator === 'notDeepEqual' && shown === other) {
    shown = `${heading}\n\n${shown}`;
    return shown.length > 1024 ? `${shown.slice(0, 1021)}...` : shown;
  }
  if (shown.length > 512) shown = `${shown.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') return `${heading}\n\n${shown}\n\nshould loosely deep-equal\n\n${other}`;
  const unequal = HEADINGS[`${operator}Unequal`];
  if (unequal) return `${unequal}\n\n${shown}\n\nshould not loosely deep-equal\n\n${other}`;
  return `${shown} ${operator} ${other}`;
}

/** Where stderr wraps lines: its width on a terminal, else 80 columns. */
function stderrColumns(): number {
  const err = (globalThis as { process?: { stderr?: { isTTY?: boolean; columns?: number } } }).process
    ?.stderr;
  return err?.isTTY && typeof err.columns === 'number' ? err.columns : 80;
}

/**
 * The diff of deepStrictEqual and strictEqual: `+` lines are actual's, `-` lines expected's, runs of
 * identical lines cut to the two next to a difference (`...` for the rest), at most ~50 lines.
 */
function diff(actual: unknown, expected: unknown, operatorIn: string, c: DiffColors): string {
  let operator = operatorIn;
  const actualText = inspectValue(actual);
  const actualLines = actualText.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  if (
    operator === 'strictEqual' &&
    ((isObject(actual) && isObject(expected)) ||
      (typeof actual === 'function' && typeof expected === 'function'))
  )
    operator = 'strictEqualObject';
  const heading = HEADINGS[operator] as string;
  // `counter` is shared, as in Node: the position of a single line's first difference when it is
  // within the first three characters, then the number of identical trailing lines.
  let counter = 0;
  let indicator = '';
  const a0 = actualLines[0] as string;
  const e0 = expectedLines[0] as string;
  if (actualLines.length === 1 && expectedLines.length === 1 && a0 !== e0) {
    const length = a0.length + e0.length;
    if (length <= SHORT) {
      if (!isObject(actual) && !isObject(expected) && (actual !== 0 || expected !== 0))
        return `${heading}\n\n${a0} !== ${e0}\n`;
    } else if (operator !== 'strictEqualObject' && length < stderrColumns()) {
      while (a0[counter] === e0[counter]) counter++;
      if (counter > 2) {
        indicator = `\n  ${' '.repeat(counter)}^`;
        counter = 0;
      }
    }
  }
  // Identical trailing lines: the last three are kept, the one before the rest stands for them.
  let end = '';
  let other = '';
  while (actualLines.length > 0 && expectedLines.length > 0) {
    const a = actualLines[actualLines.length - 1];
    if (a !== expectedLines[expectedLines.length - 1]) break;
    if (counter++ < 3) end = `\n  ${a}${end}`;
    else other = a as string;
    actualLines.pop();
    expectedLines.pop();
  }
  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0)
    return `${HEADINGS.notIdentical}\n\n${shortened(actualText.split('\n'), c).join('\n')}\n`;
  let skipped = false;
  if (counter >= 5) {
    end = `\n${c.blue}...${c.white}${end}`;
    skipped = true;
  }
  if (other !== '') {
    end = `\n  ${other}${end}`;
    other = '';
  }
  const head = `${heading}\n${c.green}+ actual${c.white} ${c.red}- expected${c.white}`;
  const skippedNote = ` ${c.blue}...${c.white} Lines skipped`;
  // Past the shorter side's end, only the longer side's lines are left.
  const longerIsActual = actualLines.length >= maxLines;
  const longer = longerIsActual ? actualLines : expectedLines;
  const shorterLength = longerIsActual ? expectedLines.length : actualLines.length;
  const extraSign = longerIsActual ? `${c.green}+${c.white}` : `${c.red}-${c.white}`;
  let res = '';
  let printed = 0;
  let identical = 0;
  /** Before a difference: up to two (three, for exactly five) of the identical lines above it. */
  const context = (lines: string[], i: number): void => {
    if (identical > 2) {
      if (identical > 3) {
        if (identical > 4) {
          if (identical === 5) {
            res += `\n  ${lines[i - 3]}`;
            printed++;
          } else {
            res += `\n${c.blue}...${c.white}`;
            skipped = true;
          }
        }
        res += `\n  ${lines[i - 2]}`;
        printed++;
      }
      res += `\n  ${lines[i - 1]}`;
      printed++;
    }
    identical = 0;
  };
  for (let i = 0; i < maxLines; i++) {
    if (i >= shorterLength) {
      context(longer, i);
      if (longerIsActual) res += `\n${extraSign} ${longer[i]}`;
      else other += `\n${extraSign} ${longer[i]}`;
      printed++;
    } else {
      const expectedLine = expectedLines[i] as string;
      let actualLine = actualLines[i] as string;
      // A line that differs only by a trailing comma is the same line.
      let differs =
        actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (differs && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        differs = false;
        actualLine += ',';
      }
      if (differs) {
        context(actualLines, i);
        // Consecutive differences show as +++--- rather than +-+-+-.
        res += `\n${c.green}+${c.white} ${actualLine}`;
        other += `\n${c.red}-${c.white} ${expectedLine}`;
        printed += 2;
      } else {
        res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          printed++;
        }
      }
    }
    if (printed > MAX_PRINTED && i < maxLines - 2)
      return `${head}${skippedNote}\n${res}\n${c.blue}...${c.white}${other}\n${c.blue}...${c.white}`;
  }
  return `${head}${skipped ? skippedNote : ''}\n${res}${other}${end}${indicator}`;
}

// Coreutils cases: text utilities (head, tail, wc, sort, uniq, grep, sed, tr, cut, tee…).
import type { CoreutilsCase } from '../harness.js';

const lines = Array.from({ length: 25 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
const words = 'the quick brown fox\njumps over\n\nthe lazy dog\n';

export const TEXT_CASES: CoreutilsCase[] = [
  { name: 'head default', files: { f: lines }, steps: [{ argv: ['head', 'f'] }] },
  {
    name: 'head -n 3 and -3',
    files: { f: lines },
    steps: [{ argv: ['head', '-n', '3', 'f'] }, { argv: ['head', '-3', 'f'] }],
  },
  { name: 'head -n -20', files: { f: lines }, steps: [{ argv: ['head', '-n', '-20', 'f'] }] },
  {
    name: 'head -c',
    files: { f: lines },
    steps: [{ argv: ['head', '-c', '12', 'f'] }, { argv: ['head', '-c', '-140', 'f'] }],
  },
  { name: 'head two files', files: { f: lines, g: words }, steps: [{ argv: ['head', '-n2', 'f', 'g'] }] },
  { name: 'head stdin', steps: [{ argv: ['head', '-n', '2'], stdin: words }] },
  { name: 'head missing', compareStderr: true, steps: [{ argv: ['head', 'nope'] }] },
  { name: 'head bad count', compareStderr: true, steps: [{ argv: ['head', '-n', 'x'] }] },
  { name: 'tail default', files: { f: lines }, steps: [{ argv: ['tail', 'f'] }] },
  {
    name: 'tail -n 3 and +23',
    files: { f: lines },
    steps: [{ argv: ['tail', '-n', '3', 'f'] }, { argv: ['tail', '-n', '+23', 'f'] }],
  },
  {
    name: 'tail -c',
    files: { f: lines },
    steps: [{ argv: ['tail', '-c', '9', 'f'] }, { argv: ['tail', '-c', '+170', 'f'] }],
  },
  { name: 'tail no final newline', steps: [{ argv: ['tail', '-n', '2'], stdin: 'a\nb\nc' }] },
  { name: 'tail -q two files', files: { f: lines, g: words }, steps: [{ argv: ['tail', '-qn1', 'f', 'g'] }] },
  {
    name: 'wc default',
    files: { f: lines, g: words },
    steps: [{ argv: ['wc', 'f'] }, { argv: ['wc', 'f', 'g'] }],
  },
  {
    name: 'wc stdin',
    steps: [
      { argv: ['wc'], stdin: words },
      { argv: ['wc', '-l'], stdin: words },
    ],
  },
  {
    name: 'wc -lwcmL',
    files: { g: words },
    steps: [{ argv: ['wc', '-lwcmL', 'g'] }, { argv: ['wc', '-w', 'g'] }],
  },
  { name: 'wc missing', files: { g: words }, compareStderr: true, steps: [{ argv: ['wc', 'g', 'nope'] }] },
];

/** Non-ASCII input: byte order in the C locale, UTF-8 character counts. */
export const UNICODE_CASES: CoreutilsCase[] = [
  { name: 'sort bytes', steps: [{ argv: ['sort'], stdin: 'é\ne\nz\nÀ\n' }] },
  { name: 'wc -m utf8', steps: [{ argv: ['wc', '-cm'], stdin: 'héllo wörld ✓\n' }] },
  {
    name: 'cat and sed keep bytes',
    steps: [
      { argv: ['cat'], stdin: 'ünïcode ✓\n' },
      { argv: ['sed', 's/c/C/'], stdin: 'ünïcode ✓\n' },
    ],
  },
  { name: 'uniq -c utf8', steps: [{ argv: ['uniq', '-c'], stdin: 'ä\nä\nö\n' }] },
  { name: 'grep utf8', steps: [{ argv: ['grep', 'ö'], stdin: 'a\nö\nü\n' }] },
  { name: 'cut -f utf8', steps: [{ argv: ['cut', '-d', ',', '-f', '2'], stdin: 'ä,ö,ü\n' }] },
];

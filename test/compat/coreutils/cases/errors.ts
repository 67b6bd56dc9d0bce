// Coreutils cases: diagnostics a script would see on stderr (GNU's wording), and ls -l listings.
import type { CoreutilsCase } from '../harness.js';

const files = { 'a.txt': 'alpha\n', 'b.txt': 'beta beta beta\n', 'd/x': 'x\n' };
const e = (name: string, ...steps: string[][]): CoreutilsCase => ({
  name: `stderr: ${name}`,
  files,
  compareStderr: true,
  steps: steps.map((argv) => ({ argv })),
});

export const ERROR_CASES: CoreutilsCase[] = [
  e('rm -r missing and dot', ['rm', '-r', 'nope'], ['rm', '-r', '.'], ['rm']),
  e('rmdir file', ['rmdir', 'a.txt'], ['rmdir', 'nope']),
  e('mkdir -p over file', ['mkdir', '-p', 'a.txt/sub']),
  e('cp onto dir', ['cp', 'a.txt', 'b.txt', 'nodir']),
  e('mv into missing dir', ['mv', 'a.txt', 'b.txt', 'nodir']),
  e('mv missing destination', ['mv', 'a.txt']),
  e('ln missing target dir', ['ln', '-s', 'a.txt', 'b.txt', 'c.txt']),
  e('touch no operand', ['touch']),
  e('head/tail missing', ['head', '-n', '1', 'a.txt', 'nope'], ['tail', '-n', '1', 'nope']),
  e('wc directory', ['wc', 'd']),
  e('sort bad key', ['sort', '-k', '0', 'a.txt']),
  e('uniq extra operand', ['uniq', 'a.txt', 'b.txt', 'c.txt']),
  e('grep no pattern', ['grep']),
  e('grep directory', ['grep', 'x', 'd']),
  e('cut bad list', ['cut', '-f', '0', 'a.txt'], ['cut', '-d', 'ab', '-f', '1', 'a.txt']),
  e('seq bad', ['seq', '1', '0', '5'], ['seq', 'a']),
  e('basename extra', ['basename', 'a', 'b', 'c']),
  e('dirname none', ['dirname']),
  e('cat unknown long option', ['cat', '--bogus']),
  e('head ambiguous option', ['head', '--q', 'a.txt']),
  e('tr extra operand', ['tr', 'a', 'b', 'c']),
  e('readlink missing operand', ['readlink']),
  e('chmod missing operand', ['chmod', '644']),
  e('sleep bad', ['sleep', '1x']),
  e('env bad option', ['env', '--frob']),
  e('stat missing operand', ['stat']),
  e('diff missing operand', ['diff', 'a.txt']),
  e('base64 extra', ['base64', 'a.txt', 'b.txt']),
  e('sha256sum missing', ['sha256sum', 'nope', 'a.txt']),
  e('option needs argument', ['head', '-n'], ['cut', '-f'], ['sort', '--key']),
  {
    name: 'ls -l files',
    files,
    steps: [
      { argv: ['chmod', '640', 'a.txt'] },
      { argv: ['touch', '-d', '2020-01-02 03:04:05', 'a.txt', 'b.txt'] },
      { argv: ['ls', '-l', 'a.txt', 'b.txt'] },
      { argv: ['ls', '-ln', 'b.txt'] },
    ],
  },
  {
    name: 'ls -t and -lh',
    files: { old: 'o', mid: 'm'.repeat(5000), new: 'n' },
    steps: [
      { argv: ['touch', '-d', '2020-01-01', 'old'] },
      { argv: ['touch', '-d', '2021-01-01', 'mid'] },
      { argv: ['touch', '-d', '2022-01-01', 'new'] },
      { argv: ['ls', '-t'] },
      { argv: ['ls', '-lh', 'mid'] },
    ],
  },
  {
    name: 'touch -t and stat -c %Y',
    files,
    steps: [
      { argv: ['touch', '-t', '202001020304.05', 'a.txt'] },
      { argv: ['stat', '-c', '%Y %y', 'a.txt'] },
      { argv: ['date', '-r', 'a.txt', '+%F %T'] },
    ],
  },
];

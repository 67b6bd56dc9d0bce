// Coreutils cases: a second round of options scripts use (suffixes, -z, -r, -u, -p…).
import type { CoreutilsCase } from '../harness.js';

const big = Array.from({ length: 300 }, (_, i) => `${i}`).join('\n') + '\n';

export const MORE_CASES: CoreutilsCase[] = [
  {
    name: 'head -c 1K',
    files: { f: big },
    steps: [{ argv: ['head', '-c', '1K', 'f'] }, { argv: ['tail', '-c', '1kB', 'f'] }],
  },
  { name: 'head -z', steps: [{ argv: ['head', '-z', '-n', '2'], stdin: 'a\0b\0c\0' }] },
  { name: 'sort -z', steps: [{ argv: ['sort', '-z'], stdin: 'b\0a\0c\0' }] },
  {
    name: 'sort -nr -k2',
    steps: [
      { argv: ['sort', '-k2nr'], stdin: 'a 3\nb 10\nc 2\n' },
      { argv: ['sort', '-k2,2', '-k1,1r'], stdin: 'b x\na x\nc w\n' },
    ],
  },
  {
    name: 'sort -t, -k2 stable',
    steps: [{ argv: ['sort', '-s', '-t,', '-k2,2'], stdin: 'z,1\na,1\nm,0\n' }],
  },
  { name: 'uniq -c -i', steps: [{ argv: ['uniq', '-ci'], stdin: 'A\na\nB\n' }] },
  { name: 'env -u', steps: [{ argv: ['env', '-i', 'A=1', 'B=2', 'env', '-u', 'A', 'env'] }] },
  { name: 'id -G -un', steps: [{ argv: ['id', '-G', 'root'] }, { argv: ['id', '-un', 'root'] }] },
  { name: 'seq -w negative', steps: [{ argv: ['seq', '-w', '-5', '5'] }, { argv: ['seq', '-s', ' ', '3'] }] },
  {
    name: 'tr ranges octal',
    steps: [
      { argv: ['tr', '\\101-\\103', 'x-z'], stdin: 'ABCD\n' },
      { argv: ['tr', '-s', 'a-z'], stdin: 'aabbccdd  ee\n' },
      { argv: ['tr', 'a-c', 'A'], stdin: 'abcd\n' },
    ],
  },
  {
    name: 'cp -p keeps mode and time',
    files: { f: 'x' },
    steps: [
      { argv: ['chmod', '600', 'f'] },
      { argv: ['touch', '-d', '2001-02-03 04:05:06', 'f'] },
      { argv: ['cp', '-p', 'f', 'g'] },
      { argv: ['stat', '-c', '%a %Y', 'g'] },
    ],
  },
  {
    name: 'touch -r',
    files: { a: '', b: '' },
    steps: [
      { argv: ['touch', '-d', '2010-10-10 10:10:10', 'a'] },
      { argv: ['touch', '-r', 'a', 'b'] },
      { argv: ['stat', '-c', '%Y', 'b'] },
    ],
  },
  {
    name: 'mv -n keeps target',
    files: { a: 'A\n', b: 'B\n' },
    steps: [{ argv: ['mv', '-n', 'a', 'b'] }, { argv: ['cat', 'a', 'b'] }],
  },
  {
    name: 'ln -v and -T',
    files: { a: 'A\n' },
    dirs: ['d'],
    steps: [
      { argv: ['ln', '-sv', 'a', 'l'] },
      { argv: ['ln', '-sT', 'a', 'd/x'] },
      { argv: ['readlink', 'd/x'] },
    ],
  },
  {
    name: 'rm -rf mixed',
    files: { 'd/e/f': '', g: '' },
    steps: [{ argv: ['rm', '-rf', 'd', 'g', 'nope'] }, { argv: ['ls', '-A'] }],
  },
  {
    name: 'mkdir -m',
    steps: [
      { argv: ['mkdir', '-m', '700', 'p'] },
      { argv: ['stat', '-c', '%a', 'p'] },
      { argv: ['mkdir', '-m', 'u=rwx,g=rx,o=', 'q'] },
      { argv: ['stat', '-c', '%a', 'q'] },
    ],
  },
  {
    name: 'basename suffix equal name',
    steps: [{ argv: ['basename', '.c', '.c'] }, { argv: ['basename', 'a/b.tar.gz', '.gz'] }],
  },
  {
    name: 'cat -s squeeze',
    steps: [
      { argv: ['cat', '-s'], stdin: 'a\n\n\n\nb\n\n' },
      { argv: ['cat', '-ns'], stdin: '\n\n\nx\n' },
    ],
  },
  {
    name: 'grep -c multiple and -v -c',
    files: { a: 'x\ny\n', b: 'y\n' },
    steps: [{ argv: ['grep', '-c', 'y', 'a', 'b'] }, { argv: ['grep', '-vc', 'y', 'a', 'b'] }],
  },
  { name: 'grep -o -i', steps: [{ argv: ['grep', '-oi', 'ab'], stdin: 'xABabAb\n' }] },
  {
    name: 'sed -n l and =',
    steps: [
      { argv: ['sed', '-n', 'l'], stdin: 'a\tb\\\n' },
      { argv: ['sed', '='], stdin: 'x\ny\n' },
    ],
  },
  {
    name: 'sed s with newline and case',
    steps: [
      { argv: ['sed', 's/ /\\n/g'], stdin: 'a b c\n' },
      { argv: ['sed', 's/\\(.*\\)/\\U\\1/'], stdin: 'up\n' },
    ],
  },
  {
    name: 'sed regex address range to $',
    steps: [
      { argv: ['sed', '-n', '/c/,$p'], stdin: 'a\nb\nc\nd\n' },
      { argv: ['sed', '3,1p'], stdin: 'a\nb\nc\nd\n' },
    ],
  },
  {
    name: 'cut -d space -f',
    steps: [{ argv: ['cut', '-d', ' ', '-f', '2,4'], stdin: 'a b c d e\nsingle\n' }],
  },
  {
    name: 'wc multiple with missing',
    files: { a: 'x y\n' },
    steps: [{ argv: ['wc', '-l', 'a', 'nope', 'a'] }],
  },
  {
    name: 'tail +1 and -n0',
    steps: [
      { argv: ['tail', '-n', '+1'], stdin: 'a\nb\n' },
      { argv: ['tail', '-n', '0'], stdin: 'a\n' },
    ],
  },
  {
    name: 'diff -b -w -B',
    files: { a: 'a  b\n\nc\n', b: 'a b\nc\n' },
    steps: [
      { argv: ['diff', '-b', 'a', 'b'] },
      { argv: ['diff', '-bB', 'a', 'b'] },
      { argv: ['diff', '-w', 'a', 'b'] },
    ],
  },
  {
    name: 'diff -u zero context',
    files: { a: '1\n2\n3\n', b: '1\nx\n3\n' },
    steps: [{ argv: ['diff', '-U', '0', '--label', 'a', '--label', 'b', 'a', 'b'] }],
  },
  {
    name: 'find -type l and -maxdepth 0',
    files: { a: '' },
    steps: [
      { argv: ['ln', '-s', 'a', 'l'] },
      { argv: ['find', '.', '-type', 'l'] },
      { argv: ['find', '.', '-maxdepth', '0'] },
    ],
  },
  {
    name: 'printf reuse and missing args',
    steps: [{ argv: ['printf', '%s=%d\\n', 'a', '1', 'b'] }, { argv: ['printf', 'no newline'] }],
  },
  {
    name: 'echo -- and -n alone',
    steps: [{ argv: ['echo', '--'] }, { argv: ['echo', '-n'] }, { argv: ['echo', '-nn', 'x'] }],
  },
];

export const GREP_R_CASES: CoreutilsCase[] = [
  {
    name: 'grep -r implicit and explicit dot',
    files: { 'a.txt': 'hit\n', 'sub/b.txt': 'hit\n' },
    steps: [
      { argv: ['grep', '-r', 'hit'], sorted: true },
      { argv: ['grep', '-r', 'hit', '.'], sorted: true },
      { argv: ['grep', '-rh', 'hit', 'sub'] },
    ],
  },
];

export const SORT_MORE_CASES: CoreutilsCase[] = [
  { name: 'sort -M', steps: [{ argv: ['sort', '-M'], stdin: 'Mar x\njan y\nDEC z\nfoo\nFeb\n' }] },
  { name: 'sort -R then sort', steps: [{ argv: ['sort', '-R'], stdin: 'b\na\nc\na\n', sorted: true }] },
  { name: 'sort -k2M', steps: [{ argv: ['sort', '-k2M'], stdin: '1 Nov\n2 Jan\n3 Jun\n' }] },
];

export const GREP_FILTER_CASES: CoreutilsCase[] = [
  {
    name: 'grep -r --include --exclude',
    files: { 'd/a.txt': 'hit\n', 'd/b.md': 'hit\n', 'd/s/c.txt': 'hit\n' },
    steps: [
      { argv: ['grep', '-r', '--include=*.txt', 'hit', 'd'], sorted: true },
      { argv: ['grep', '-r', '--exclude=*.txt', 'hit', 'd'], sorted: true },
    ],
  },
];

export const LINK_TIME_CASES: CoreutilsCase[] = [
  {
    name: 'ln -sr',
    files: { 'a/b/target': 'T\n' },
    dirs: ['c/d'],
    steps: [
      { argv: ['ln', '-sr', 'a/b/target', 'c/d/link'] },
      { argv: ['readlink', 'c/d/link'] },
      { argv: ['cat', 'c/d/link'] },
    ],
  },
  {
    name: 'ls -tu',
    files: { x: '', y: '' },
    steps: [
      { argv: ['touch', '-a', '-d', '2020-01-01', 'x'] },
      { argv: ['touch', '-a', '-d', '2021-01-01', 'y'] },
      { argv: ['touch', '-m', '-d', '2022-01-01', 'x'] },
      { argv: ['touch', '-m', '-d', '2019-01-01', 'y'] },
      { argv: ['ls', '-t'] },
      { argv: ['ls', '-tu'] },
    ],
  },
];

export const XARGS_MORE_CASES: CoreutilsCase[] = [
  { name: 'xargs -E', steps: [{ argv: ['xargs', '-E', 'STOP', 'echo'], stdin: 'a b STOP c\n' }] },
  {
    name: 'xargs -t',
    compareStderr: true,
    steps: [{ argv: ['xargs', '-t', '-n1', 'echo'], stdin: 'x y\n' }],
  },
];

export const SAME_FILE_CASES: CoreutilsCase[] = [
  {
    name: 'cp and mv onto the same file',
    files: { a: 'A\n' },
    compareStderr: true,
    steps: [{ argv: ['cp', 'a', 'a'] }, { argv: ['mv', 'a', './a'] }, { argv: ['cat', 'a'] }],
  },
];

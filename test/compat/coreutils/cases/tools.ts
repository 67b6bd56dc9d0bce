// Coreutils cases: small tools (seq, env, id, base64, hashes, date, diff, xargs, tee, which, sleep…).
import type { CoreutilsCase } from '../harness.js';

export const TOOL_CASES: CoreutilsCase[] = [
  {
    name: 'seq',
    steps: [{ argv: ['seq', '5'] }, { argv: ['seq', '3', '7'] }, { argv: ['seq', '10', '-3', '1'] }],
  },
  { name: 'seq -s -w', steps: [{ argv: ['seq', '-s', ',', '1', '5'] }, { argv: ['seq', '-w', '8', '11'] }] },
  { name: 'seq decimals', steps: [{ argv: ['seq', '0', '0.25', '1'] }, { argv: ['seq', '-1', '1'] }] },
  { name: 'seq -f', steps: [{ argv: ['seq', '-f', 'item%03g', '3'] }] },
  { name: 'seq empty and bad', steps: [{ argv: ['seq', '5', '1'] }, { argv: ['seq', 'x'] }] },
  { name: 'env prints', steps: [{ argv: ['env', '-i', 'A=1', 'B=two'] }] },
  { name: 'env runs', steps: [{ argv: ['env', '-i', 'X=42', 'env'] }, { argv: ['env', 'nope-cmd'] }] },
  {
    name: 'id root',
    steps: [{ argv: ['id', 'root'] }, { argv: ['id', '-u', 'root'] }, { argv: ['id', '-gn', 'root'] }],
  },
  {
    name: 'base64',
    files: { f: 'hello world, this is a longer line that should wrap at seventy six columns ok\n' },
    steps: [
      { argv: ['base64', 'f'] },
      { argv: ['base64', '-w', '0', 'f'] },
      { argv: ['base64'], stdin: 'abc' },
    ],
  },
  {
    name: 'base64 -d',
    steps: [
      { argv: ['base64', '-d'], stdin: 'aGVsbG8K\n' },
      { argv: ['base64', '-d'], stdin: 'a' },
    ],
  },
  {
    name: 'sha256sum',
    files: { a: 'hello\n', b: '' },
    steps: [{ argv: ['sha256sum', 'a', 'b'] }, { argv: ['sha256sum'], stdin: 'x' }],
  },
  {
    name: 'md5sum',
    files: { a: 'hello\n' },
    steps: [{ argv: ['md5sum', 'a'] }, { argv: ['md5sum', 'nope'] }],
  },
  {
    name: 'sha256sum -c',
    files: { a: 'hello\n', b: 'bye\n' },
    steps: [{ argv: ['sha256sum', 'a', 'b'] }, { argv: ['sha256sum', '-c', 'sums'], stdin: '' }],
  },
  {
    name: 'md5sum -c',
    files: {
      a: 'hello\n',
      sums: 'b1946ac92492d2347c6235b4d2611184  a\n00000000000000000000000000000000  a\n',
    },
    steps: [{ argv: ['md5sum', '-c', 'sums'] }],
  },
  {
    name: 'date -d',
    steps: [
      { argv: ['date', '-u', '-d', '@0'] },
      { argv: ['date', '-d', '@86400', '+%Y-%m-%d %H:%M:%S %j %a %B'] },
    ],
  },
  {
    name: 'date formats',
    steps: [
      { argv: ['date', '-d', '2024-02-29 13:05:09', '+%D %T %e %I %p %s %u %w %y %C %%'] },
      { argv: ['date', '-d', '2024-02-29', '-I'] },
      { argv: ['date', '-R', '-d', '@1000000000'] },
    ],
  },
  {
    name: 'diff same',
    files: { a: 'x\ny\n', b: 'x\ny\n' },
    steps: [{ argv: ['diff', 'a', 'b'] }, { argv: ['diff', '-s', 'a', 'b'] }],
  },
  {
    name: 'diff normal',
    files: { a: '1\n2\n3\n4\n5\n', b: '1\n3\n4\nfour\n5\n6\n' },
    steps: [{ argv: ['diff', 'a', 'b'] }],
  },
  {
    name: 'diff change',
    files: { a: 'a\nb\nc\n', b: 'a\nB\nc\n' },
    steps: [
      { argv: ['diff', 'a', 'b'] },
      { argv: ['diff', '-q', 'a', 'b'] },
      { argv: ['diff', '-i', 'a', 'b'] },
    ],
  },
  {
    name: 'diff -u',
    files: {
      a: Array.from({ length: 20 }, (_, i) => `l${i}`).join('\n') + '\n',
      b: Array.from({ length: 20 }, (_, i) => (i === 3 ? 'X' : i === 15 ? 'Y' : `l${i}`)).join('\n') + '\n',
    },
    steps: [{ argv: ['diff', '-u', '--label', 'A', '--label', 'B', 'a', 'b'] }],
  },
  { name: 'diff no newline', files: { a: 'a\nb', b: 'a\nb\n' }, steps: [{ argv: ['diff', 'a', 'b'] }] },
  { name: 'diff missing', files: { a: '' }, steps: [{ argv: ['diff', 'a', 'nope'] }] },
  {
    name: 'xargs default',
    steps: [
      { argv: ['xargs'], stdin: 'a b\nc  d\n' },
      { argv: ['xargs', 'echo', 'x:'], stdin: "'q r' s\n" },
    ],
  },
  {
    name: 'xargs -n -I',
    steps: [
      { argv: ['xargs', '-n', '2', 'echo'], stdin: '1 2 3 4 5' },
      { argv: ['xargs', '-I', '{}', 'echo', '[{}]'], stdin: 'a b\nc\n' },
    ],
  },
  {
    name: 'xargs -0 -r',
    steps: [
      { argv: ['xargs', '-0', 'echo'], stdin: 'a b\0c\0' },
      { argv: ['xargs', '-r', 'echo', 'never'], stdin: '' },
      { argv: ['xargs', 'echo', 'empty'], stdin: '' },
    ],
  },
  {
    name: 'xargs failing command',
    steps: [
      { argv: ['xargs', 'false'], stdin: 'a' },
      { argv: ['xargs', 'nope-cmd'], stdin: 'a' },
    ],
  },
  {
    name: 'tee',
    steps: [
      { argv: ['tee', 'o1', 'o2'], stdin: 'data\n' },
      { argv: ['cat', 'o1', 'o2'] },
      { argv: ['tee', '-a', 'o1'], stdin: 'more\n' },
      { argv: ['cat', 'o1'] },
    ],
  },
  { name: 'sleep', steps: [{ argv: ['sleep', '0.1'] }, { argv: ['sleep', 'x'] }] },
  { name: 'nproc ok', steps: [{ argv: ['test', '-x', '/bin/sh'] }].slice(0, 0).concat([{ argv: ['true'] }]) },
  {
    name: 'dirname basename -z',
    steps: [{ argv: ['dirname', '-z', 'a/b'] }, { argv: ['basename', '-z', 'a/b'] }],
  },
  {
    name: 'echo escapes more',
    steps: [{ argv: ['echo', '-e', '\\\\ \\a\\v|\\x4a|\\0|'] }, { argv: ['echo', '-ne', 'x\\ty'] }],
  },
  {
    name: 'cat -E -T -v',
    files: { f: 'a\tb\x01\x7f\n' },
    steps: [{ argv: ['cat', '-E', 'f'] }, { argv: ['cat', '-T', 'f'] }, { argv: ['cat', '-v', 'f'] }],
  },
];

export const PRINTF_CASES: CoreutilsCase[] = [
  {
    name: 'printf strings',
    steps: [
      { argv: ['printf', '%s-%s\\n', 'a', 'b', 'c'] },
      { argv: ['printf', '[%5s][%-5s][%.2s]\\n', 'ab', 'cd', 'efgh'] },
    ],
  },
  {
    name: 'printf numbers',
    steps: [
      { argv: ['printf', '%d %i %05d %+d %x %X %o %#x\\n', '42', '-7', '42', '3', '255', '255', '8', '255'] },
    ],
  },
  {
    name: 'printf floats',
    steps: [
      {
        argv: ['printf', '%f %.2f %e %g %g %g\\n', '3.14159', '2.0071', '12345.678', '0.0001', '1e10', '100'],
      },
    ],
  },
  { name: 'printf %b %c %%', steps: [{ argv: ['printf', '%b|%c|%%\\n', 'a\\tb', 'xyz'] }] },
  { name: 'printf escapes and star', steps: [{ argv: ['printf', '\\x41\\101\\t|%*d|\\n', '6', '42'] }] },
  { name: 'printf bad number', steps: [{ argv: ['printf', '%d\\n', 'abc'] }] },
  { name: 'printf char value', steps: [{ argv: ['printf', '%d\\n', "'A"] }] },
];

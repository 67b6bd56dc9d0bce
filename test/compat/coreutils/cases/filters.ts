// Coreutils cases: filters (sort, uniq, grep, sed, tr, cut).
import type { CoreutilsCase } from '../harness.js';

const fruit = 'banana\napple\ncherry\napple\nBanana\n10 kiwi\n9 fig\n\n';
const table = 'name:age:city\nbob:25:paris\nalice:30:rome\ncarol:25:oslo\n';
const log = 'INFO start\nWARN disk 80%\nERROR failed: io\ninfo lower\nERROR again\nDEBUG x=1\n';

export const FILTER_CASES: CoreutilsCase[] = [
  { name: 'sort default', files: { f: fruit }, steps: [{ argv: ['sort', 'f'] }] },
  {
    name: 'sort -r -u -f',
    files: { f: fruit },
    steps: [{ argv: ['sort', '-r', 'f'] }, { argv: ['sort', '-u', 'f'] }, { argv: ['sort', '-f', 'f'] }],
  },
  {
    name: 'sort -n',
    steps: [
      { argv: ['sort', '-n'], stdin: '10\n9\n-3\n2.5\nx\n100\n' },
      { argv: ['sort', '-rn'], stdin: '1\n3\n2\n' },
    ],
  },
  {
    name: 'sort -t -k',
    files: { t: table },
    steps: [
      { argv: ['sort', '-t', ':', '-k', '2,2n', '-k', '1,1', 't'] },
      { argv: ['sort', '-t:', '-k3', 't'] },
    ],
  },
  {
    name: 'sort -k blanks',
    steps: [
      { argv: ['sort', '-k', '2'], stdin: 'a  zed\nb yak\nc  xray\n' },
      { argv: ['sort', '-k2,2', '-b'], stdin: 'a  zed\nb yak\nc  xray\n' },
    ],
  },
  {
    name: 'sort -h -V',
    steps: [
      { argv: ['sort', '-h'], stdin: '2K\n1M\n512\n3G\n' },
      { argv: ['sort', '-V'], stdin: 'v1.10\nv1.2\nv1.9\n' },
    ],
  },
  {
    name: 'sort -c',
    steps: [
      { argv: ['sort', '-c'], stdin: 'a\nb\n' },
      { argv: ['sort', '-C'], stdin: 'b\na\n' },
    ],
  },
  {
    name: 'sort -o and files',
    files: { a: 'z\nm\n', b: 'a\n' },
    steps: [{ argv: ['sort', '-o', 'out', 'a', 'b'] }, { argv: ['cat', 'out'] }],
  },
  { name: 'sort missing', steps: [{ argv: ['sort', 'nope'] }] },
  {
    name: 'uniq',
    files: { f: 'a\na\nb\nc\nc\nc\na\n' },
    steps: [
      { argv: ['uniq', 'f'] },
      { argv: ['uniq', '-c', 'f'] },
      { argv: ['uniq', '-d', 'f'] },
      { argv: ['uniq', '-u', 'f'] },
    ],
  },
  {
    name: 'uniq -i -f -s -w',
    steps: [
      { argv: ['uniq', '-i'], stdin: 'A\na\nb\n' },
      { argv: ['uniq', '-f1'], stdin: 'x same\ny same\nz diff\n' },
      { argv: ['uniq', '-s2'], stdin: 'aXone\nbXone\nctwo\n' },
      { argv: ['uniq', '-w1'], stdin: 'ab\nac\nbd\n' },
    ],
  },
  {
    name: 'uniq -D and output file',
    steps: [
      { argv: ['uniq', '-D'], stdin: 'a\na\nb\nc\nc\n' },
      { argv: ['uniq', '-', 'out'], stdin: 'q\nq\n' },
      { argv: ['cat', 'out'] },
    ],
  },
  {
    name: 'grep basic',
    files: { log },
    steps: [{ argv: ['grep', 'ERROR', 'log'] }, { argv: ['grep', 'nomatch', 'log'] }],
  },
  {
    name: 'grep -i -v -c',
    files: { log },
    steps: [
      { argv: ['grep', '-i', 'info', 'log'] },
      { argv: ['grep', '-v', 'ERROR', 'log'] },
      { argv: ['grep', '-c', 'ERROR', 'log'] },
    ],
  },
  {
    name: 'grep -n -o',
    files: { log },
    steps: [
      { argv: ['grep', '-n', 'ERROR', 'log'] },
      { argv: ['grep', '-o', '[0-9][0-9]*', 'log'] },
      { argv: ['grep', '-on', 'E[A-Z]*', 'log'] },
    ],
  },
  {
    name: 'grep -E',
    files: { log },
    steps: [
      { argv: ['grep', '-E', '^(WARN|DEBUG)', 'log'] },
      { argv: ['grep', '-E', 'x=[0-9]+|io$', 'log'] },
    ],
  },
  {
    name: 'grep BRE operators',
    steps: [
      { argv: ['grep', 'a\\(b\\)\\{2\\}'], stdin: 'abb\nabbb\nab\n' },
      { argv: ['grep', 'a+b'], stdin: 'a+b\naab\n' },
      { argv: ['grep', '-o', 'x\\|y'], stdin: 'axbyc\n' },
    ],
  },
  {
    name: 'grep -F',
    steps: [
      { argv: ['grep', '-F', 'a.c'], stdin: 'abc\na.c\n' },
      { argv: ['grep', '-F', '-e', '[x]', '-e', '*'], stdin: '[x]\n*\nq\n' },
    ],
  },
  {
    name: 'grep -w -x',
    steps: [
      { argv: ['grep', '-w', 'cat'], stdin: 'cat\ncats\nthe cat sat\nbobcat\n' },
      { argv: ['grep', '-x', 'cat'], stdin: 'cat\ncats\n' },
    ],
  },
  {
    name: 'grep classes',
    steps: [{ argv: ['grep', '[[:digit:]][[:space:]][[:upper:]]'], stdin: '1 A\n1 a\nx9 Z\n' }],
  },
  {
    name: 'grep -l -L',
    files: { a: 'hit\n', b: 'miss\n', c: 'hit again\n' },
    steps: [{ argv: ['grep', '-l', 'hit', 'a', 'b', 'c'] }, { argv: ['grep', '-L', 'hit', 'a', 'b', 'c'] }],
  },
  {
    name: 'grep multiple files -h -H',
    files: { a: 'hit\n', b: 'hit b\n' },
    steps: [
      { argv: ['grep', 'hit', 'a', 'b'] },
      { argv: ['grep', '-h', 'hit', 'a', 'b'] },
      { argv: ['grep', '-H', 'hit', 'a'] },
    ],
  },
  {
    name: 'grep -r',
    files: { 'd/x.txt': 'needle\n', 'd/sub/y.txt': 'hay\nneedle too\n', 'd/z.txt': 'nothing\n' },
    steps: [
      { argv: ['grep', '-r', 'needle', 'd'], sorted: true },
      { argv: ['grep', '-rl', 'needle', 'd'], sorted: true },
      { argv: ['grep', '-rc', 'needle', 'd'], sorted: true },
    ],
  },
  {
    name: 'grep -q',
    files: { log },
    steps: [{ argv: ['grep', '-q', 'ERROR', 'log'] }, { argv: ['grep', '-q', 'zzz', 'log'] }],
  },
  {
    name: 'grep missing file',
    files: { log },
    compareStderr: true,
    steps: [{ argv: ['grep', 'ERROR', 'nope', 'log'] }, { argv: ['grep', '-s', 'ERROR', 'nope'] }],
  },
  {
    name: 'grep -m and context',
    files: { log },
    steps: [
      { argv: ['grep', '-m1', 'ERROR', 'log'] },
      { argv: ['grep', '-A1', 'WARN', 'log'] },
      { argv: ['grep', '-B1', '-n', 'DEBUG', 'log'] },
      { argv: ['grep', '-C1', 'ERROR', 'log'] },
    ],
  },
  {
    name: 'grep stdin',
    steps: [
      { argv: ['grep', 'b'], stdin: 'a\nb\nab\n' },
      { argv: ['grep', '-c', 'q'], stdin: 'a\n' },
    ],
  },
  {
    name: 'grep -e -f',
    files: { pats: 'WARN\nDEBUG\n', log },
    steps: [{ argv: ['grep', '-f', 'pats', 'log'] }, { argv: ['grep', '-e', 'INFO', '-e', 'again', 'log'] }],
  },
  {
    name: 'sed s',
    steps: [
      { argv: ['sed', 's/a/X/'], stdin: 'banana\naaa\n' },
      { argv: ['sed', 's/a/X/g'], stdin: 'banana\n' },
      { argv: ['sed', 's/a/X/2'], stdin: 'banana\n' },
    ],
  },
  {
    name: 'sed s groups and &',
    steps: [
      { argv: ['sed', 's/\\([a-z]*\\) \\([a-z]*\\)/\\2 \\1/'], stdin: 'hello world\n' },
      { argv: ['sed', '-E', 's/([0-9]+)/<\\1>/g'], stdin: 'a1b22c333\n' },
      { argv: ['sed', 's/o/[&]/g'], stdin: 'foo\n' },
    ],
  },
  {
    name: 'sed s flags i p and delim',
    steps: [
      { argv: ['sed', '-n', 's/HELLO/bye/ip'], stdin: 'hello\nnope\n' },
      { argv: ['sed', 's|/usr|/opt|'], stdin: '/usr/bin\n' },
    ],
  },
  {
    name: 'sed d and addresses',
    files: { f: 'one\ntwo\nthree\nfour\nfive\n' },
    steps: [
      { argv: ['sed', '2d', 'f'] },
      { argv: ['sed', '2,4d', 'f'] },
      { argv: ['sed', '$d', 'f'] },
      { argv: ['sed', '/t/d', 'f'] },
    ],
  },
  {
    name: 'sed -n p',
    files: { f: 'one\ntwo\nthree\nfour\nfive\n' },
    steps: [
      { argv: ['sed', '-n', '3p', 'f'] },
      { argv: ['sed', '-n', '/two/,/four/p', 'f'] },
      { argv: ['sed', '-n', '$p', 'f'] },
      { argv: ['sed', 'p', 'f'] },
    ],
  },
  {
    name: 'sed ranges and !',
    files: { f: 'one\ntwo\nthree\nfour\nfive\n' },
    steps: [
      { argv: ['sed', '-n', '2,/f/p', 'f'] },
      { argv: ['sed', '2!d', 'f'] },
      { argv: ['sed', '-n', '0~2p', 'f'] },
      { argv: ['sed', '-n', '2,+1p', 'f'] },
    ],
  },
  {
    name: 'sed -e multiple and ;',
    steps: [
      { argv: ['sed', '-e', 's/a/b/', '-e', 's/b/c/'], stdin: 'a\n' },
      { argv: ['sed', 's/x/y/;s/y/z/'], stdin: 'x\n' },
    ],
  },
  {
    name: 'sed q = y',
    steps: [
      { argv: ['sed', '2q'], stdin: 'a\nb\nc\n' },
      { argv: ['sed', '-n', '$='], stdin: 'a\nb\nc\n' },
      { argv: ['sed', 'y/abc/xyz/'], stdin: 'aabbcc\n' },
    ],
  },
  {
    name: 'sed a i c',
    steps: [
      { argv: ['sed', '2a\\\nadded'], stdin: 'a\nb\nc\n' },
      { argv: ['sed', '1i top'], stdin: 'a\nb\n' },
      { argv: ['sed', '/b/c\\\nchanged'], stdin: 'a\nb\n' },
    ],
  },
  {
    name: 'sed hold space and N',
    steps: [
      { argv: ['sed', '-n', '1!G;h;$p'], stdin: '1\n2\n3\n' },
      { argv: ['sed', 'N;s/\\n/,/'], stdin: 'a\nb\nc\nd\n' },
    ],
  },
  {
    name: 'sed -i',
    files: { f: 'hello\nworld\n' },
    steps: [
      { argv: ['sed', '-i', 's/o/0/g', 'f'] },
      { argv: ['cat', 'f'] },
      { argv: ['sed', '-i.bak', '1d', 'f'] },
      { argv: ['cat', 'f', 'f.bak'] },
    ],
  },
  { name: 'sed no trailing newline', steps: [{ argv: ['sed', 's/b/B/'], stdin: 'a\nb' }] },
  { name: 'sed missing file', steps: [{ argv: ['sed', 'p', 'nope'] }] },
  {
    name: 'sed braces and labels',
    steps: [
      { argv: ['sed', '-n', '/b/{s/b/B/;p}'], stdin: 'a\nb\nc\n' },
      { argv: ['sed', ':a;s/x//;ta'], stdin: 'axxbx\n' },
    ],
  },
  {
    name: 'tr basic',
    steps: [
      { argv: ['tr', 'a-z', 'A-Z'], stdin: 'hello World\n' },
      { argv: ['tr', 'abc', 'x'], stdin: 'aabbcc\n' },
    ],
  },
  {
    name: 'tr -d -s -c',
    steps: [
      { argv: ['tr', '-d', 'aeiou'], stdin: 'education\n' },
      { argv: ['tr', '-s', ' '], stdin: 'a   b    c\n' },
      { argv: ['tr', '-cd', '0-9\\n'], stdin: 'a1b2c3\n' },
    ],
  },
  {
    name: 'tr classes and escapes',
    steps: [
      { argv: ['tr', '[:lower:]', '[:upper:]'], stdin: 'mixed Case\n' },
      { argv: ['tr', '\\n', ' '], stdin: 'a\nb\n' },
      { argv: ['tr', '-s', '[:space:]', '\\n'], stdin: 'one  two\tthree\n' },
    ],
  },
  { name: 'tr missing operand', compareStderr: true, steps: [{ argv: ['tr'] }, { argv: ['tr', 'a'] }] },
  {
    name: 'cut -f -d',
    files: { t: table },
    steps: [{ argv: ['cut', '-d', ':', '-f', '1,3', 't'] }, { argv: ['cut', '-d:', '-f2-', 't'] }],
  },
  {
    name: 'cut -c -b',
    steps: [
      { argv: ['cut', '-c', '2-4'], stdin: 'abcdef\nxy\n' },
      { argv: ['cut', '-b', '1,3,5-'], stdin: 'abcdefg\n' },
      { argv: ['cut', '-c-2'], stdin: 'hello\n' },
    ],
  },
  {
    name: 'cut -s --complement --output-delimiter',
    steps: [
      { argv: ['cut', '-f2', '-s'], stdin: 'a\tb\nnotab\n' },
      { argv: ['cut', '-d,', '--complement', '-f2'], stdin: '1,2,3\n' },
      { argv: ['cut', '-d,', '-f1,3', '--output-delimiter=|'], stdin: '1,2,3\n' },
    ],
  },
  { name: 'cut no list', compareStderr: true, steps: [{ argv: ['cut', 'x'] }] },
];

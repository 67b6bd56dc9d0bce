// Coreutils cases: ls, cp, mv, readlink, realpath, chmod, stat, find, du, tar.
import type { CoreutilsCase } from '../harness.js';

const tree = {
  'd/a.txt': 'alpha\n',
  'd/b.md': 'beta beta\n',
  'd/sub/c.txt': 'gamma\n',
  'd/sub/deep/e.js': 'x',
  'd/.hidden': 'h\n',
  'top.txt': 'top\n',
};

export const PATH_CASES: CoreutilsCase[] = [
  { name: 'ls default', files: tree, steps: [{ argv: ['ls'] }, { argv: ['ls', 'd'] }] },
  { name: 'ls -a -A', files: tree, steps: [{ argv: ['ls', '-a', 'd'] }, { argv: ['ls', '-A', 'd'] }] },
  { name: 'ls -R', files: tree, steps: [{ argv: ['ls', '-R', 'd'] }] },
  {
    name: 'ls -d -F -p',
    files: tree,
    steps: [{ argv: ['ls', '-d', 'd', 'top.txt'] }, { argv: ['ls', '-F', 'd'] }, { argv: ['ls', '-p', 'd'] }],
  },
  {
    name: 'ls -r -1 -m',
    files: tree,
    steps: [{ argv: ['ls', '-r', 'd'] }, { argv: ['ls', '-1', 'd/sub'] }, { argv: ['ls', '-m', 'd'] }],
  },
  {
    name: 'ls -S',
    files: { a: '1', b: '333', c: '22' },
    steps: [{ argv: ['ls', '-S'] }, { argv: ['ls', '-Sr'] }],
  },
  { name: 'ls files and dirs', files: tree, steps: [{ argv: ['ls', 'top.txt', 'd/sub', 'd/a.txt'] }] },
  { name: 'ls missing', files: tree, compareStderr: true, steps: [{ argv: ['ls', 'nope', 'top.txt'] }] },
  { name: 'ls bad option', compareStderr: true, steps: [{ argv: ['ls', '-j'] }] },
  {
    name: 'ls symlink',
    files: tree,
    steps: [{ argv: ['ln', '-s', 'd', 'ld'] }, { argv: ['ls', 'ld'] }, { argv: ['ls', '-d', 'ld'] }],
  },
  {
    name: 'cp file',
    files: tree,
    steps: [{ argv: ['cp', 'top.txt', 'copy.txt'] }, { argv: ['cat', 'copy.txt'] }, { argv: ['ls'] }],
  },
  {
    name: 'cp into dir',
    files: tree,
    steps: [{ argv: ['cp', 'top.txt', 'd/a.txt', 'd/sub'] }, { argv: ['ls', 'd/sub'] }],
  },
  { name: 'cp dir without -r', files: tree, compareStderr: true, steps: [{ argv: ['cp', 'd', 'e'] }] },
  {
    name: 'cp -r',
    files: tree,
    steps: [{ argv: ['cp', '-r', 'd', 'e'] }, { argv: ['ls', '-RA', 'e'] }, { argv: ['cat', 'e/sub/c.txt'] }],
  },
  {
    name: 'cp -r into existing',
    files: tree,
    dirs: ['x'],
    steps: [{ argv: ['cp', '-r', 'd', 'x'] }, { argv: ['ls', '-R', 'x'] }],
  },
  { name: 'cp missing', compareStderr: true, steps: [{ argv: ['cp', 'nope', 'x'] }] },
  {
    name: 'cp -n',
    files: { a: 'A\n', b: 'B\n' },
    steps: [{ argv: ['cp', '-n', 'a', 'b'] }, { argv: ['cat', 'b'] }],
  },
  { name: 'cp -v', files: { a: 'A\n' }, steps: [{ argv: ['cp', '-v', 'a', 'b'] }] },
  {
    name: 'cp missing destination',
    files: { a: 'A\n' },
    compareStderr: true,
    steps: [{ argv: ['cp', 'a'] }],
  },
  {
    name: 'mv rename',
    files: tree,
    steps: [{ argv: ['mv', 'top.txt', 'moved'] }, { argv: ['ls'] }, { argv: ['cat', 'moved'] }],
  },
  {
    name: 'mv into dir',
    files: tree,
    steps: [{ argv: ['mv', 'top.txt', 'd/sub'] }, { argv: ['ls', 'd/sub'] }, { argv: ['ls'] }],
  },
  { name: 'mv dir', files: tree, steps: [{ argv: ['mv', 'd', 'e'] }, { argv: ['ls', '-R'] }] },
  { name: 'mv missing', compareStderr: true, steps: [{ argv: ['mv', 'nope', 'x'] }] },
  { name: 'mv -v', files: { a: 'A\n' }, steps: [{ argv: ['mv', '-v', 'a', 'b'] }] },
  {
    name: 'readlink',
    files: tree,
    steps: [
      { argv: ['ln', '-s', 'd/sub', 'l'] },
      { argv: ['readlink', 'l'] },
      { argv: ['readlink', 'top.txt'] },
    ],
  },
  {
    name: 'readlink -f -m -e',
    files: tree,
    steps: [
      { argv: ['ln', '-s', 'd/sub', 'l'] },
      { argv: ['readlink', '-m', '/a/../b/./c'] },
      { argv: ['readlink', '-e', '/nope'] },
      { argv: ['readlink', '-f', '/etc/../etc/passwd'] },
    ],
  },
  {
    name: 'realpath',
    steps: [{ argv: ['realpath', '-m', '/x/y/../z', '/etc//passwd'] }, { argv: ['realpath', '/nope/x'] }],
  },
  {
    name: 'realpath -s --relative-to',
    steps: [
      { argv: ['realpath', '-m', '--relative-to=/usr/lib', '/usr/share/doc'] },
      { argv: ['realpath', '-s', '/a/./b/../c'] },
    ],
  },
  {
    name: 'chmod octal',
    files: { f: 'x' },
    steps: [{ argv: ['chmod', '640', 'f'] }, { argv: ['stat', '-c', '%a %A', 'f'] }],
  },
  {
    name: 'chmod symbolic',
    files: { f: 'x' },
    steps: [
      { argv: ['chmod', '644', 'f'] },
      { argv: ['chmod', 'u+x,g-r,o=w', 'f'] },
      { argv: ['stat', '-c', '%a', 'f'] },
      { argv: ['chmod', 'a-w', 'f'] },
      { argv: ['stat', '-c', '%A', 'f'] },
    ],
  },
  {
    name: 'chmod -R and -v',
    files: tree,
    steps: [
      { argv: ['chmod', '-R', '700', 'd'] },
      { argv: ['stat', '-c', '%a %n', 'd', 'd/sub', 'd/sub/c.txt'] },
      { argv: ['chmod', '-v', '755', 'd'] },
    ],
  },
  { name: 'chmod missing', compareStderr: true, steps: [{ argv: ['chmod', '755', 'nope'] }] },
  { name: 'chmod bad mode', files: { f: '' }, steps: [{ argv: ['chmod', 'zz', 'f'] }] },
  {
    name: 'stat -c',
    files: { f: 'hello', e: '' },
    dirs: ['d'],
    steps: [{ argv: ['stat', '-c', '%n %s %F', 'f', 'e', 'd'] }],
  },
  { name: 'stat missing', compareStderr: true, steps: [{ argv: ['stat', 'nope'] }] },
  { name: 'stat --printf', files: { f: 'hello' }, steps: [{ argv: ['stat', '--printf', '%n:%s\\n', 'f'] }] },
  {
    name: 'find all',
    files: tree,
    steps: [
      { argv: ['find', 'd'], sorted: true },
      { argv: ['find'], sorted: true },
    ],
  },
  {
    name: 'find -name -type',
    files: tree,
    steps: [
      { argv: ['find', 'd', '-name', '*.txt'], sorted: true },
      { argv: ['find', 'd', '-type', 'd'], sorted: true },
      { argv: ['find', '.', '-type', 'f', '-iname', 'B.*'], sorted: true },
    ],
  },
  {
    name: 'find depth',
    files: tree,
    steps: [
      { argv: ['find', 'd', '-maxdepth', '1'], sorted: true },
      { argv: ['find', 'd', '-mindepth', '2', '-type', 'f'], sorted: true },
    ],
  },
  {
    name: 'find -path -o !',
    files: tree,
    steps: [
      { argv: ['find', 'd', '-path', '*sub*', '-type', 'f'], sorted: true },
      { argv: ['find', 'd', '(', '-name', '*.md', '-o', '-name', '*.js', ')'], sorted: true },
      { argv: ['find', 'd', '-type', 'f', '!', '-name', '*.txt'], sorted: true },
    ],
  },
  {
    name: 'find -exec',
    files: tree,
    steps: [
      { argv: ['find', 'd', '-name', '*.txt', '-exec', 'cat', '{}', ';'], sorted: true },
      { argv: ['find', 'd/sub/deep', '-type', 'f', '-exec', 'echo', 'got', '{}', '+'] },
    ],
  },
  {
    name: 'find -empty -size',
    files: { e: '', f: 'xxxxxxxxxx' },
    dirs: ['ed'],
    steps: [
      { argv: ['find', '.', '-empty'], sorted: true },
      { argv: ['find', '.', '-size', '+5c'], sorted: true },
    ],
  },
  { name: 'find missing', compareStderr: true, steps: [{ argv: ['find', 'nope'] }] },
  {
    name: 'find -delete',
    files: tree,
    steps: [{ argv: ['find', 'd', '-name', '*.txt', '-delete'] }, { argv: ['find', 'd'], sorted: true }],
  },
  {
    name: 'du -b files',
    files: { a: 'x'.repeat(100), b: 'y'.repeat(2000) },
    steps: [{ argv: ['du', '-b', 'a', 'b'] }, { argv: ['du', '-cb', 'a', 'b'] }],
  },
  {
    name: 'tar create and list',
    files: tree,
    steps: [
      { argv: ['tar', 'cf', 'x.tar', 'top.txt', 'd/a.txt', 'd/sub/c.txt'] },
      { argv: ['tar', 'tf', 'x.tar'] },
    ],
  },
  {
    name: 'tar extract',
    files: tree,
    dirs: ['out'],
    steps: [
      { argv: ['tar', '-cf', 'x.tar', 'top.txt', 'd/sub/c.txt'] },
      { argv: ['tar', '-xf', 'x.tar', '-C', 'out'] },
      { argv: ['cat', 'out/top.txt', 'out/d/sub/c.txt'] },
    ],
  },
  {
    name: 'tar gzip roundtrip',
    files: tree,
    dirs: ['out'],
    steps: [
      { argv: ['tar', 'czf', 'x.tgz', 'top.txt', 'd/b.md'] },
      { argv: ['tar', 'xzf', 'x.tgz', '-C', 'out'] },
      { argv: ['cat', 'out/d/b.md'] },
      { argv: ['tar', 'tzf', 'x.tgz'] },
    ],
  },
  {
    name: 'tar -O',
    files: tree,
    steps: [
      { argv: ['tar', 'cf', 'x.tar', 'top.txt', 'd/a.txt'] },
      { argv: ['tar', 'xOf', 'x.tar', 'd/a.txt'] },
    ],
  },
  { name: 'tar missing archive', steps: [{ argv: ['tar', 'xf', 'nope.tar'] }] },
];

/** ls -C lays names out in columns as GNU does for a terminal of $COLUMNS width. */
export const COLUMN_CASES: CoreutilsCase[] = [
  {
    name: 'ls -C',
    files: Object.fromEntries(Array.from({ length: 23 }, (_, i) => [`file-${'x'.repeat(i % 7)}${i}`, ''])),
    steps: [{ argv: ['ls', '-C'] }, { argv: ['ls', '-C', '-r'] }],
  },
  { name: 'ls -C few', files: { a: '', bb: '', ccc: '' }, steps: [{ argv: ['ls', '-C'] }] },
];

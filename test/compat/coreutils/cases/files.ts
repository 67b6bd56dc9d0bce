// Coreutils cases: file utilities (cat, ls, mkdir, rm, rmdir, cp, mv, touch, ln, basename, dirname…).
import type { CoreutilsCase } from '../harness.js';

const abc = { 'a.txt': 'alpha\nbeta\n', 'b.txt': 'gamma\n\n\n\ndelta\tx\n', 'c.txt': 'no newline' };
const ls = (...a: string[]) => ({ argv: ['ls', ...a] });

export const FILE_CASES: CoreutilsCase[] = [
  { name: 'echo plain', steps: [{ argv: ['echo', 'hello', 'world'] }] },
  { name: 'echo -n', steps: [{ argv: ['echo', '-n', 'a', 'b'] }] },
  { name: 'echo -e escapes', steps: [{ argv: ['echo', '-e', 'a\\tb\\nc\\x41\\0101\\c ignored'] }] },
  { name: 'echo -E and not-an-option', steps: [{ argv: ['echo', '-E', 'a\\n', '-x', '--'] }] },
  { name: 'true', steps: [{ argv: ['true', 'ignored'] }] },
  { name: 'false', steps: [{ argv: ['false'] }] },
  { name: 'cat files', files: abc, steps: [{ argv: ['cat', 'a.txt', 'c.txt', 'b.txt'] }] },
  {
    name: 'cat stdin and dash',
    files: abc,
    steps: [{ argv: ['cat', 'a.txt', '-', 'c.txt'], stdin: 'IN\n' }],
  },
  { name: 'cat -n', files: abc, steps: [{ argv: ['cat', '-n', 'a.txt', 'b.txt'] }] },
  { name: 'cat -b -s', files: abc, steps: [{ argv: ['cat', '-bs', 'b.txt'] }] },
  { name: 'cat -A', files: abc, steps: [{ argv: ['cat', '-A', 'b.txt', 'c.txt'] }] },
  {
    name: 'cat missing',
    files: abc,
    compareStderr: true,
    steps: [{ argv: ['cat', 'a.txt', 'nope', 'c.txt'] }],
  },
  { name: 'cat directory', dirs: ['d'], compareStderr: true, steps: [{ argv: ['cat', 'd'] }] },
  { name: 'cat bad option', compareStderr: true, steps: [{ argv: ['cat', '-Z'] }] },
  {
    name: 'basename',
    steps: [{ argv: ['basename', '/usr/lib/x.so', '.so'] }, { argv: ['basename', '-a', 'a/b/', '/', 'c'] }],
  },
  { name: 'basename -s', steps: [{ argv: ['basename', '-s', '.c', 'x.c', 'y.c', 'z.h'] }] },
  { name: 'basename missing operand', compareStderr: true, steps: [{ argv: ['basename'] }] },
  { name: 'dirname', steps: [{ argv: ['dirname', '/usr/lib/', 'a', '/', 'a/b//c', '//x'] }] },
  {
    name: 'mkdir and -p',
    steps: [{ argv: ['mkdir', 'a', 'b'] }, { argv: ['mkdir', '-p', 'a/x/y', 'b'] }, ls('-R')],
  },
  { name: 'mkdir exists', dirs: ['a'], compareStderr: true, steps: [{ argv: ['mkdir', 'a', 'c'] }, ls()] },
  { name: 'mkdir missing parent', compareStderr: true, steps: [{ argv: ['mkdir', 'x/y'] }] },
  { name: 'mkdir -v', steps: [{ argv: ['mkdir', '-pv', 'p/q/r'] }] },
  {
    name: 'rmdir',
    dirs: ['a/b/c', 'e'],
    steps: [{ argv: ['rmdir', '-p', 'a/b/c'] }, { argv: ['rmdir', 'e'] }, ls()],
  },
  { name: 'rmdir not empty', dirs: ['a/b'], compareStderr: true, steps: [{ argv: ['rmdir', 'a'] }, ls()] },
  { name: 'rm files', files: abc, steps: [{ argv: ['rm', 'a.txt', 'b.txt'] }, ls()] },
  { name: 'rm missing', compareStderr: true, steps: [{ argv: ['rm', 'nope'] }] },
  { name: 'rm -f missing', steps: [{ argv: ['rm', '-f', 'nope'] }] },
  { name: 'rm dir without -r', dirs: ['d'], compareStderr: true, steps: [{ argv: ['rm', 'd'] }] },
  { name: 'rm -r', files: { 'd/e/f': 'x', 'd/g': 'y', h: 'z' }, steps: [{ argv: ['rm', '-r', 'd'] }, ls()] },
  { name: 'rm -rv', files: { 'd/e': 'x' }, steps: [{ argv: ['rm', '-rv', 'd'] }] },
  { name: 'rm -d', dirs: ['e'], steps: [{ argv: ['rm', '-d', 'e'] }, ls()] },
  { name: 'touch creates', steps: [{ argv: ['touch', 'n1', 'n2'] }, ls(), { argv: ['cat', 'n1'] }] },
  { name: 'touch -c', steps: [{ argv: ['touch', '-c', 'n1'] }, ls()] },
  { name: 'touch missing dir', compareStderr: true, steps: [{ argv: ['touch', 'no/x'] }] },
  {
    name: 'ln -s',
    files: abc,
    steps: [{ argv: ['ln', '-s', 'a.txt', 'l'] }, { argv: ['cat', 'l'] }, { argv: ['readlink', 'l'] }],
  },
  { name: 'ln hard', files: abc, steps: [{ argv: ['ln', 'a.txt', 'h'] }, { argv: ['cat', 'h'] }] },
  { name: 'ln exists', files: abc, compareStderr: true, steps: [{ argv: ['ln', '-s', 'a.txt', 'b.txt'] }] },
  {
    name: 'ln -sf',
    files: abc,
    steps: [{ argv: ['ln', '-sf', 'a.txt', 'b.txt'] }, { argv: ['cat', 'b.txt'] }],
  },
  {
    name: 'ln into dir',
    files: abc,
    dirs: ['d'],
    steps: [{ argv: ['ln', '-s', '../a.txt', 'd'] }, { argv: ['cat', 'd/a.txt'] }],
  },
];

// Guest zone (userland): stat(1): file status, GNU's default layout or -c/--format/--printf FORMAT
// (%n %N %s %b %B %a %A %f %F %u %U %g %G %h %i %d %x %X %y %Y %z %Z %W %w %o); -L follows links.
import { q, strerror, usageError, warn } from './lib/errors.js';
import { expandEscapes } from './lib/escapes.js';
import { modeString } from './lib/format.js';
import { getopt } from './lib/getopt.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { fs, type Stats } from './lib/node.js';
import { strftime } from './lib/strftime.js';
import { groupName, userName } from './lib/users.js';

function fileType(st: Stats): string {
  if (st.isDirectory()) return 'directory';
  if (st.isSymbolicLink()) return 'symbolic link';
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'character special file';
  if (st.isBlockDevice()) return 'block special file';
  return st.size === 0 ? 'regular empty file' : 'regular file';
}

const stamp = (ms: number) =>
  strftime(
    '%Y-%m-%d %H:%M:%S.%N +0000',
    Math.floor(ms),
    Math.round((ms % 1) * 1e6 + (Math.floor(ms) % 1000) * 1e6),
  );

function expand(fmt: string, path: string, st: Stats): string {
  return fmt.replace(/%([-#0 ]*\d*)([a-zA-Z%])/g, (all, mod: string, c: string) => {
    let v: string;
    switch (c) {
      case 'n':
        v = path;
        break;
      case 'N':
        v = st.isSymbolicLink() ? `${q(path)} -> ${q(fs.readlinkSync(path))}` : q(path);
        break;
      case 's':
        v = String(st.size);
        break;
      case 'b':
        v = String(st.blocks);
        break;
      case 'B':
        v = '512';
        break;
      case 'o':
        v = String(st.blksize);
        break;
      case 'a':
        v = (st.mode & 0o7777).toString(8);
        break;
      case 'A':
        v = modeString(st.mode);
        break;
      case 'f':
        v = st.mode.toString(16);
        break;
      case 'F':
        v = fileType(st);
        break;
      case 'u':
        v = String(st.uid);
        break;
      case 'U':
        v = userName(st.uid);
        break;
      case 'g':
        v = String(st.gid);
        break;
      case 'G':
        v = groupName(st.gid);
        break;
      case 'h':
        v = String(st.nlink);
        break;
      case 'i':
        v = String(st.ino);
        break;
      case 'd':
        v = String(st.dev);
        break;
      case 'x':
        v = stamp(st.atimeMs);
        break;
      case 'X':
        v = String(Math.floor(st.atimeMs / 1000));
        break;
      case 'y':
        v = stamp(st.mtimeMs);
        break;
      case 'Y':
        v = String(Math.floor(st.mtimeMs / 1000));
        break;
      case 'z':
        v = stamp(st.ctimeMs);
        break;
      case 'Z':
        v = String(Math.floor(st.ctimeMs / 1000));
        break;
      case 'w':
        v = '-';
        break;
      case 'W':
        v = '0';
        break;
      case '%':
        return '%';
      default:
        return all;
    }
    const w = Number(/\d+$/.exec(mod)?.[0] ?? 0);
    if (mod.includes('#') && c === 'a') v = `0${v}`;
    return mod.includes('-') ? v.padEnd(w) : v.padStart(w, mod.includes('0') ? '0' : ' ');
  });
}

run('stat', (argv) => {
  const p = getopt(argv, {
    short: 'c:Lft',
    long: {
      format: ['required', 'c'],
      printf: ['required', 'P'],
      dereference: ['none', 'L'],
      terse: ['none', 't'],
      'file-system': ['none', 'f'],
    },
  });
  if (p.operands.length === 0) usageError('missing operand');
  let status = 0;
  for (const f of p.operands) {
    let st: Stats;
    try {
      st = p.has('L') ? fs.statSync(f) : fs.lstatSync(f);
    } catch (e) {
      warn(`cannot statx ${q(f)}: ${strerror(e)}`);
      status = 1;
      continue;
    }
    const c = p.get('c');
    const pf = p.get('P');
    if (c !== undefined) out(`${expand(c, f, st)}\n`);
    else if (pf !== undefined) out(expand(expandEscapes(pf, false).text, f, st));
    else if (p.has('t')) out(`${expand('%n %s %b %f %u %g %d %i %h 0 0 %X %Y %Z %W %o', f, st)}\n`);
    else {
      const dev = `${st.dev.toString(16)}h/${st.dev}d`;
      out(
        expand(
          `  File: %N\n  Size: %-15s Blocks: %-10b IO Block: %-6o %F\nDevice: ${dev.padEnd(15)} Inode: %-11i Links: %h\nAccess: (%04a/%A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\nAccess: %x\nModify: %y\nChange: %z\n Birth: %w\n`,
          f,
          st,
        ),
      );
    }
  }
  return status;
});

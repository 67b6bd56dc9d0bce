// Guest zone (userland): ls(1): list directory contents, one per line (stdout is not a terminal) or -C
// (-x across) columns; -a -A -d -l -n -o -g -G -h -i -s -R -r -t -S -U -F -p -1 -m, --time-style
// and --full-time; errors exit 2 as GNU's do.
import { q, strerror, usageError, warn } from './lib/errors.js';
import { human, lsTimeStyle, modeString } from './lib/format.js';
import { getopt } from './lib/getopt.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { fs, proc, type Stats } from './lib/node.js';
import { groupName, userName } from './lib/users.js';

/** The terminal's width: $COLUMNS, the tty's columns, else 80. */
function termWidth(): number {
  const env = Number(proc.env.COLUMNS);
  if (env > 0) return env;
  const cols = (proc.stdout as { columns?: number }).columns;
  return cols && cols > 0 ? cols : 80;
}

/**
 * GNU's column layout: down the columns (the fewest rows that fit), or across the rows with -x
 * (the most columns that fit, item i in column i mod columns).
 */
export function columnate(names: string[], width: number, across = false): string {
  if (names.length === 0) return '';
  for (let k = 1; k <= names.length; k++) {
    const cols = across ? names.length + 1 - k : Math.ceil(names.length / k);
    const rows = across ? Math.ceil(names.length / cols) : k;
    const at = (row: number, c: number) => (across ? row * cols + c : c * rows + row);
    const widths: number[] = [];
    for (let c = 0; c < cols; c++) {
      const col: string[] = [];
      for (let row = 0; row < rows; row++) {
        const n = names[at(row, c)];
        if (n !== undefined) col.push(n);
      }
      widths.push(Math.max(...col.map((n) => n.length)) + (c === cols - 1 ? 0 : 2));
    }
    if (widths.reduce((a, b) => a + b, 0) > width && k < names.length) continue;
    let r = '';
    for (let row = 0; row < rows; row++) {
      let line = '';
      let pos = 0;
      for (let c = 0; c < cols; c++) {
        const n = names[at(row, c)];
        if (n === undefined) continue;
        const last = c === cols - 1 || names[at(row, c + 1)] === undefined;
        if (last) {
          line += n;
          continue;
        }
        // Pad as GNU's indent() does: tabs (every 8 columns) where they fit, then spaces.
        let from = pos;
        const to = from + (widths[c] as number);
        line += n;
        from += n.length;
        while (from < to) {
          if (Math.floor(to / 8) > Math.floor((from + 1) / 8)) {
            line += '\t';
            from += 8 - (from % 8);
          } else {
            line += ' ';
            from++;
          }
        }
        pos = to;
      }
      r += `${line}\n`;
    }
    return r;
  }
  return names.map((n) => `${n}\n`).join('');
}

interface Entry {
  name: string;
  path: string;
  st: Stats | null;
}

run('ls', (argv) => {
  const p = getopt(argv, {
    short: 'aAdlnhisRrtSUFp1mCcuLgoGx',
    usageStatus: 2,
    long: {
      all: ['none', 'a'],
      'almost-all': ['none', 'A'],
      directory: ['none', 'd'],
      'human-readable': ['none', 'h'],
      inode: ['none', 'i'],
      size: ['none', 's'],
      recursive: ['none', 'R'],
      reverse: ['none', 'r'],
      classify: ['optional', 'F'],
      'numeric-uid-gid': ['none', 'n'],
      dereference: ['none', 'L'],
      color: ['optional', 'K'],
      'no-group': ['none', 'G'],
      'time-style': ['required', 'T'],
      'full-time': ['none', 'W'],
    },
  });
  const o = new Set(p.opts.map((x) => x.key));
  const long = o.has('l') || o.has('n') || o.has('g') || o.has('o') || o.has('W');
  const style = p.get('T') ?? (o.has('W') ? 'full-iso' : 'locale');
  const stamp = lsTimeStyle(style);
  if (stamp === null) {
    warn(`invalid argument ${q(style)} for '--time-style'`);
    usageError(null, 2);
  }
  // -c shows and sorts by the change time, -u by the access time; the last one given wins.
  let timeKey: 'mtimeMs' | 'ctimeMs' | 'atimeMs' = 'mtimeMs';
  for (const x of p.opts) if (x.key === 'c' || x.key === 'u') timeKey = x.key === 'c' ? 'ctimeMs' : 'atimeMs';
  const when = (st: Stats) => st[timeKey];
  // Columns when asked (-C) or when writing to a terminal, unless a later -1 says otherwise.
  let columns = proc.stdout.isTTY === true;
  for (const x of p.opts) {
    if (x.key === 'C' || x.key === 'x') columns = true;
    else if (x.key === '1' || x.key === 'm') columns = false;
  }
  const all = o.has('a');
  const almost = o.has('A') && !all;
  let sortBy: 'name' | 'time' | 'size' | 'none' = 'name';
  for (const x of p.opts) {
    if (x.key === 't') sortBy = 'time';
    else if ((x.key === 'c' || x.key === 'u') && !long) sortBy = 'time';
    else if (x.key === 'S') sortBy = 'size';
    else if (x.key === 'U') sortBy = 'none';
  }
  const statOf = (path: string, top: boolean): Stats | null => {
    try {
      const st = fs.lstatSync(path);
      // A symlink is followed with -L, or on the command line unless -d, -F or -l is given (GNU).
      if (st.isSymbolicLink() && (o.has('L') || (top && !long && !o.has('d') && !o.has('F')))) {
        try {
          return fs.statSync(path);
        } catch {
          // A dangling link: an error on the command line with -L, else shown as the link.
          return o.has('L') && top ? null : st;
        }
      }
      return st;
    } catch {
      return null;
    }
  };
  const sort = (list: Entry[]): Entry[] => {
    if (sortBy === 'none') return list;
    const byName = (a: Entry, b: Entry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    list.sort((a, b) => {
      if (sortBy === 'time') return (b.st ? when(b.st) : 0) - (a.st ? when(a.st) : 0) || byName(a, b);
      if (sortBy === 'size') return (b.st?.size ?? 0) - (a.st?.size ?? 0) || byName(a, b);
      return byName(a, b);
    });
    if (o.has('r')) list.reverse();
    return list;
  };
  const suffix = (e: Entry): string => {
    const st = e.st;
    if (!st) return '';
    if (st.isDirectory()) return o.has('F') || o.has('p') ? '/' : '';
    if (!o.has('F')) return '';
    if (st.isSymbolicLink()) return '@';
    if (st.isFIFO()) return '|';
    if (st.isSocket()) return '=';
    return st.mode & 0o111 ? '*' : '';
  };
  const blocks = (st: Stats) => Math.ceil((st.blocks * 512) / 1024);
  const render = (list: Entry[], showTotal: boolean) => {
    if (long) {
      if (showTotal) {
        const total = list.reduce((s, e) => s + (e.st ? blocks(e.st) : 0), 0);
        out(`total ${o.has('h') ? human(total * 1024) : total}\n`);
      }
      const rows = list.map((e) => {
        const st = e.st as Stats;
        const size = o.has('h') ? human(st.size) : String(st.size);
        const owner = o.has('n') ? String(st.uid) : userName(st.uid);
        const group = o.has('n') ? String(st.gid) : groupName(st.gid);
        let name = e.name + suffix(e);
        if (st.isSymbolicLink()) {
          try {
            name = `${e.name} -> ${fs.readlinkSync(e.path)}`;
          } catch {}
        }
        return [
          o.has('i') ? String(st.ino) : null,
          o.has('s') ? String(blocks(st)) : null,
          modeString(st.mode),
          String(st.nlink),
          o.has('g') ? null : owner,
          o.has('o') || o.has('G') ? null : group,
          size,
          stamp(Math.floor(when(st)), Math.round((((when(st) % 1000) + 1000) % 1000) * 1e6)),
          name,
        ];
      });
      const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
      for (const r of rows) {
        const cells = r.map((c, i) =>
          c === null
            ? null
            : i >= 7
              ? c
              : i === 4 || i === 5
                ? c.padEnd(widths[i] as number)
                : c.padStart(widths[i] as number),
        );
        out(`${cells.filter((c) => c !== null).join(' ')}\n`);
      }
      return;
    }
    const names = list.map((e) => {
      let s = e.name + suffix(e);
      if (o.has('s') && e.st) s = `${blocks(e.st)} ${s}`;
      if (o.has('i') && e.st) s = `${e.st.ino} ${s}`;
      return s;
    });
    if (o.has('m')) out(names.length ? `${names.join(', ')}\n` : '');
    else if (columns) out(columnate(names, termWidth(), o.has('x') && !o.has('C')));
    else for (const n of names) out(`${n}\n`);
  };
  let status = 0;
  const operands = p.operands.length ? p.operands : ['.'];
  const files: Entry[] = [];
  const dirs: Entry[] = [];
  for (const path of operands) {
    const st = statOf(path, true);
    if (!st) {
      try {
        if (o.has('L')) fs.statSync(path);
        else fs.lstatSync(path);
      } catch (e) {
        warn(`cannot access ${q(path)}: ${strerror(e)}`);
      }
      status = 2;
      continue;
    }
    if (st.isDirectory() && !o.has('d')) dirs.push({ name: path, path, st });
    else files.push({ name: path, path, st });
  }
  sort(files);
  sort(dirs);
  if (files.length) render(files, false);
  const showHeaders = operands.length > 1 || o.has('R');
  let first = files.length === 0;
  const listDir = (d: Entry) => {
    let names: string[];
    try {
      names = fs.readdirSync(d.path);
    } catch (e) {
      warn(`cannot open directory ${q(d.path)}: ${strerror(e)}`);
      status = 2;
      return;
    }
    if (all) names = ['.', '..', ...names];
    else if (!almost) names = names.filter((n) => !n.startsWith('.'));
    else names = names.filter((n) => n !== '.' && n !== '..');
    const base = d.path.endsWith('/') ? d.path : `${d.path}/`;
    const entries = sort(names.map((name) => ({ name, path: base + name, st: statOf(base + name, false) })));
    if (showHeaders) out(`${first ? '' : '\n'}${d.path}:\n`);
    first = false;
    render(entries, true);
    if (o.has('R')) {
      for (const e of entries) {
        if (e.name === '.' || e.name === '..') continue;
        if (e.st?.isDirectory()) listDir(e);
      }
    }
  };
  for (const d of dirs) listDir(d);
  return status;
});

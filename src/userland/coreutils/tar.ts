// Guest zone (userland): tar(1): create (-c), extract (-x) and list (-t) ustar archives, -f FILE (or
// stdin/stdout), -z gzip through the guest zlib, -v, -C DIR, -O to stdout, --strip-components,
// old-style bundled keys (`tar czf a.tgz dir`). Extraction refuses `..` and absolute member paths.
import { die, q, strerror, usageError, warn } from './lib/errors.js';
import { modeString } from './lib/format.js';
import { getopt } from './lib/getopt.js';
import { out, readInput } from './lib/io.js';
import { run } from './lib/main.js';
import { type Buf, Buffer, fs, proc, type Stats } from './lib/node.js';
import { strftime } from './lib/strftime.js';
import { END, encodeEntry, parseTar, type TarEntry } from './lib/tar-format.js';
import { groupName, userName } from './lib/users.js';

declare const require: (id: string) => unknown;
const zlib = () => require('node:zlib') as { gzipSync(b: Uint8Array): Buf; gunzipSync(b: Uint8Array): Buf };

run('tar', async (argv) => {
  let args = argv;
  if (args[0] && !args[0].startsWith('-')) args = [`-${args[0]}`, ...args.slice(1)];
  const p = getopt(args, {
    short: 'cxtf:zvC:OpmhP',
    usageStatus: 2,
    long: {
      create: ['none', 'c'],
      extract: ['none', 'x'],
      get: ['none', 'x'],
      list: ['none', 't'],
      file: ['required', 'f'],
      gzip: ['none', 'z'],
      gunzip: ['none', 'z'],
      verbose: ['none', 'v'],
      directory: ['required', 'C'],
      'to-stdout': ['none', 'O'],
      'strip-components': ['required', 'S'],
      'absolute-names': ['none', 'P'],
    },
  });
  const modes = ['c', 'x', 't'].filter((m) => p.has(m));
  if (modes.length !== 1)
    usageError(
      modes.length
        ? "You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option"
        : "You must specify one of the '-Acdtrux', '--delete' or '--test-label' options",
      2,
    );
  const file = p.get('f') ?? '-';
  const verbose = p.has('v');
  const listing = (e: TarEntry) =>
    `${modeString(e.mode | { file: 0o100000, dir: 0o040000, symlink: 0o120000, link: 0o100000, other: 0o100000 }[e.type])} ${e.uname || e.uid}/${e.gname || e.gid} ${String(e.size).padStart(9)} ${strftime('%Y-%m-%d %H:%M', e.mtime * 1000)} ${e.name}${e.type === 'symlink' ? ` -> ${e.linkname}` : e.type === 'link' ? ` link to ${e.linkname}` : ''}\n`;
  if (p.has('c')) {
    if (p.operands.length === 0) die('Cowardly refusing to create an empty archive', 2);
    const parts: Buf[] = [];
    let status = 0;
    const base = p.get('C');
    if (base !== undefined) checkDir(base);
    const add = (name: string) => {
      const path = base && !name.startsWith('/') ? `${base}/${name}` : name;
      let st: Stats;
      try {
        st = fs.lstatSync(path);
      } catch (e) {
        warn(`${name}: Cannot stat: ${strerror(e)}`);
        status = 2;
        return;
      }
      let arcName = name.replace(/^\/+/, '');
      const type: TarEntry['type'] = st.isDirectory()
        ? 'dir'
        : st.isSymbolicLink()
          ? 'symlink'
          : st.isFile()
            ? 'file'
            : 'other';
      if (type === 'dir' && !arcName.endsWith('/')) arcName += '/';
      const e: TarEntry = {
        name: arcName,
        type,
        mode: st.mode & 0o7777,
        uid: st.uid,
        gid: st.gid,
        size: st.size,
        mtime: st.mtimeMs / 1000,
        linkname: type === 'symlink' ? fs.readlinkSync(path) : '',
        uname: userName(st.uid),
        gname: groupName(st.gid),
        data: type === 'file' ? fs.readFileSync(path) : Buffer.alloc(0),
      };
      if (type === 'other') {
        warn(`${name}: socket ignored`);
        return;
      }
      parts.push(...encodeEntry(e));
      if (verbose) (file === '-' ? proc.stderr : { write: (s: string) => out(s) }).write(`${arcName}\n`);
      if (type === 'dir') for (const n of fs.readdirSync(path)) add(`${name.replace(/\/+$/, '')}/${n}`);
    };
    for (const n of p.operands) add(n);
    parts.push(END());
    let archive: Buf = Buffer.concat(parts);
    const padTo = 10240;
    if (archive.length % padTo)
      archive = Buffer.concat([archive, Buffer.alloc(padTo - (archive.length % padTo))]);
    if (p.has('z')) archive = zlib().gzipSync(archive);
    if (file === '-') out(archive);
    else fs.writeFileSync(file, archive);
    if (status) warn('Exiting with failure status due to previous errors');
    return status;
  }
  let data: Buf;
  try {
    data = await readInput(file);
  } catch (e) {
    warn(`${file}: Cannot open: ${strerror(e)}`);
    warn('Error is not recoverable: exiting now');
    return 2;
  }
  if (p.has('z') || (data[0] === 0x1f && data[1] === 0x8b)) {
    try {
      data = zlib().gunzipSync(data);
    } catch {
      die('This does not look like a gzip archive', 2);
    }
  }
  let entries: TarEntry[];
  try {
    entries = parseTar(data);
  } catch (e) {
    warn((e as Error).message);
    warn('Exiting with failure status due to previous errors');
    return 2;
  }
  const wanted = p.operands;
  const pick = (e: TarEntry) =>
    wanted.length === 0 ||
    wanted.some(
      (w) =>
        e.name === w ||
        e.name.replace(/\/$/, '') === w.replace(/\/$/, '') ||
        e.name.startsWith(`${w.replace(/\/$/, '')}/`),
    );
  const seen = new Set<string>();
  let status = 0;
  const strip = Number(p.get('S') ?? 0);
  const dest = p.get('C');
  if (dest !== undefined && !p.has('t')) checkDir(dest);
  for (const e of entries) {
    if (!pick(e)) continue;
    for (const w of wanted)
      if (pick({ ...e, name: e.name } as TarEntry) && (e.name === w || e.name.startsWith(w))) seen.add(w);
    if (p.has('t')) {
      out(verbose ? listing(e) : `${e.name}\n`);
      continue;
    }
    if (verbose) out(`${e.name}\n`);
    if (p.has('O')) {
      if (e.type === 'file') out(e.data);
      continue;
    }
    let name = e.name.split('/').filter(Boolean).slice(strip).join('/');
    if (name === '') continue;
    if (!p.has('P') && (e.name.startsWith('/') || name.split('/').includes('..'))) {
      warn(`${q(e.name)}: Member name contains '..'`);
      status = 2;
      continue;
    }
    if (dest) name = `${dest.replace(/\/+$/, '')}/${name}`;
    try {
      const parent = name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : '';
      if (parent) fs.mkdirSync(parent, { recursive: true });
      if (e.type === 'dir') {
        fs.mkdirSync(name, { recursive: true });
        fs.chmodSync(name, e.mode);
        continue;
      }
      try {
        if (!fs.lstatSync(name).isDirectory()) fs.unlinkSync(name);
      } catch {}
      if (e.type === 'symlink') fs.symlinkSync(e.linkname, name);
      else if (e.type === 'link') fs.linkSync(dest ? `${dest}/${e.linkname}` : e.linkname, name);
      else {
        fs.writeFileSync(name, e.data, { mode: e.mode });
        fs.chmodSync(name, e.mode);
        if (!p.has('m')) fs.utimesSync(name, e.mtime, e.mtime);
      }
    } catch (err) {
      warn(`${e.name}: Cannot open: ${strerror(err)}`);
      status = 2;
    }
  }
  for (const w of wanted) {
    if (!seen.has(w)) {
      warn(`${w}: Not found in archive`);
      status = 2;
    }
  }
  if (status) warn('Exiting with failure status due to previous errors');
  return status;
});

/** -C DIR must be a directory: GNU tar stops at once (status 2) when it cannot change into it. */
function checkDir(dir: string): void {
  let why = 'Not a directory';
  try {
    if (fs.statSync(dir).isDirectory()) return;
  } catch (e) {
    why = strerror(e);
  }
  warn(`${dir}: Cannot open: ${why}`);
  die('Error is not recoverable: exiting now', 2);
}

// The VFS through the library, as a user drives it: --read-only, tmpfs mounts with a size, the
// devices of /dev, /proc/self, and permissions for a non-root container user.

import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ContainerSpec, Kernel } from '../../src/index.js';
import { collect } from '../helpers/streams.js';

let kernel: Kernel;
let rootfs: string;

beforeAll(() => {
  kernel = new Kernel();
  rootfs = mkdtempSync(join(tmpdir(), 'tsvirt-fs-'));
  for (const d of ['app', 'etc', 'tmp', 'root', 'home/app']) mkdirSync(join(rootfs, d), { recursive: true });
  writeFileSync(
    join(rootfs, 'etc/passwd'),
    'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n',
  );
  writeFileSync(join(rootfs, 'etc/group'), 'root:x:0:\napp:x:1000:\n');
  writeFileSync(join(rootfs, 'secret'), 'root only');
  chmodSync(join(rootfs, 'secret'), 0o600);
  chmodSync(join(rootfs, 'root'), 0o700);
  chmodSync(join(rootfs, 'tmp'), 0o1777);
  writeFileSync(join(rootfs, 'tmp/rootfile'), 'x');
  chmodSync(join(rootfs, 'tmp/rootfile'), 0o666);
});

afterAll(async () => {
  await kernel.close();
  rmSync(rootfs, { recursive: true, force: true });
});

async function run(script: string, spec: Partial<ContainerSpec> = {}, args: string[] = []) {
  const file = `/app/s${Math.random().toString(36).slice(2)}.js`;
  writeFileSync(join(rootfs, file), script);
  const c = await kernel.run({ rootfs, cmd: ['node', file, ...args], ...spec });
  const [out, err, status] = await Promise.all([collect(c.stdout), collect(c.stderr), c.wait()]);
  return { out, err, code: status.exitCode };
}

/** A guest prelude: `t(name, fn)` prints the name with the result or the error code. */
const T = `const fs = require('fs');
const t = (name, fn) => { try { const v = fn(); console.log(name, v === undefined ? 'ok' : JSON.stringify(v)); } catch (e) { console.log(name, e.code); } };
`;

describe('--read-only', () => {
  it('makes the root EROFS while tmpfs mounts stay writable', async () => {
    const r = await run(
      `${T}
t('write', () => fs.writeFileSync('/app/new', 'x'));
t('mkdir', () => fs.mkdirSync('/newdir'));
t('unlink', () => fs.unlinkSync('/secret'));
t('chmod', () => fs.chmodSync('/secret', 0o644));
t('appendExisting', () => fs.appendFileSync('/etc/group', 'x'));
t('read', () => fs.readFileSync('/etc/group', 'utf8').length > 0);
t('mkdirExisting', () => fs.mkdirSync('/etc'));
t('tmpfs', () => { fs.writeFileSync('/scratch/f', 'hello'); return fs.readFileSync('/scratch/f', 'utf8'); });
t('devnull', () => fs.writeFileSync('/dev/null', 'x'));
`,
      { readOnly: true, mounts: [{ type: 'tmpfs', target: '/scratch' }] },
    );
    expect(r.err).toBe('');
    expect(r.out).toBe(
      'write EROFS\nmkdir EROFS\nunlink EROFS\nchmod EROFS\nappendExisting EROFS\nread true\nmkdirExisting EEXIST\ntmpfs "hello"\ndevnull ok\n',
    );
  });
});

describe('tmpfs mounts', () => {
  it('give ENOSPC past their size and free space on unlink', async () => {
    const r = await run(
      `${T}
t('fits', () => fs.writeFileSync('/t/a', Buffer.alloc(3000)));
t('full', () => fs.writeFileSync('/t/b', Buffer.alloc(2000)));
t('unlink', () => fs.unlinkSync('/t/a'));
t('fitsAgain', () => fs.writeFileSync('/t/c', Buffer.alloc(4000)));
t('mode', () => (fs.statSync('/t').mode & 0o7777).toString(8));
t('mounts', () => fs.readFileSync('/proc/mounts', 'utf8').split('\\n').filter((l) => l.includes(' /t ')));
`,
      { mounts: [{ type: 'tmpfs', target: '/t', size: 4096 }] },
    );
    expect(r.out).toBe(
      'fits ok\nfull ENOSPC\nunlink ok\nfitsAgain ok\nmode "1777"\nmounts ["tmpfs /t tmpfs rw,relatime 0 0"]\n',
    );
  });
});

describe('/dev and /proc', () => {
  it('serves null, zero, full, urandom and the stdio links', async () => {
    const r = await run(`${T}
const read = (p, n) => { const fd = fs.openSync(p, 'r'); const b = Buffer.alloc(n, 7); const got = fs.readSync(fd, b, 0, n, null); fs.closeSync(fd); return [got, b]; };
t('null', () => read('/dev/null', 4)[0]);
t('zero', () => read('/dev/zero', 4)[1].toString('hex'));
t('urandom', () => { const a = read('/dev/urandom', 32)[1], b = read('/dev/urandom', 32)[1]; return a.length === 32 && !a.equals(b); });
t('fullWrite', () => fs.writeFileSync('/dev/full', 'x'));
t('nullWrite', () => fs.writeFileSync('/dev/null', 'x'));
t('rdev', () => fs.statSync('/dev/null').rdev);
t('isChar', () => fs.statSync('/dev/zero').isCharacterDevice());
t('stdoutLink', () => fs.readlinkSync('/dev/stdout'));
fs.writeFileSync('/dev/stdout', 'via /dev/stdout\\n');
t('list', () => fs.readdirSync('/dev').sort());
t('tty', () => fs.openSync('/dev/tty', 'r+'));
`);
    expect(r.err).toBe('');
    expect(r.out).toBe(
      [
        'null 0',
        'zero "00000000"',
        'urandom true',
        'fullWrite ENOSPC',
        'nullWrite ok',
        'rdev 259',
        'isChar true',
        'stdoutLink "/proc/self/fd/1"',
        'via /dev/stdout',
        'list ["fd","full","null","random","stderr","stdin","stdout","tty","urandom","zero"]',
        'tty ENXIO',
        '',
      ].join('\n'),
    );
  });

  it('opens /dev/tty as the terminal of a -t container', async () => {
    const r = await run(
      `${T}
fs.writeFileSync('/dev/tty', 'to the terminal\\n');
t('isChar', () => fs.statSync('/dev/tty').isCharacterDevice());
`,
      { tty: true },
    );
    expect(r.out.replace(/\r\n/g, '\n')).toBe('to the terminal\nisChar true\n');
  });

  it('shows the caller as /proc/self with its cmdline, environ, status and cwd', async () => {
    const r = await run(
      `${T}
process.chdir('/tmp');
t('self', () => fs.readlinkSync('/proc/self'));
t('cmdline', () => fs.readFileSync('/proc/self/cmdline', 'utf8').split('\\0').slice(2));
t('environ', () => fs.readFileSync('/proc/1/environ', 'utf8').split('\\0').includes('GREETING=hi'));
t('status', () => fs.readFileSync('/proc/self/status', 'utf8').split('\\n').filter((l) => /^(State|Pid|PPid|Uid):/.test(l)));
t('cwd', () => fs.readlinkSync('/proc/self/cwd'));
t('pids', () => fs.readdirSync('/proc').filter((n) => /^\\d+$/.test(n)));
t('fd1', () => fs.readlinkSync('/proc/self/fd/1').startsWith('pipe:['));
t('nope', () => fs.readFileSync('/proc/999/cmdline'));
t('meminfo', () => /^MemTotal: +\\d+ kB$/m.test(fs.readFileSync('/proc/meminfo', 'utf8')));
t('uptime', () => /^\\d+\\.\\d\\d \\d+\\.\\d\\d\\n$/.test(fs.readFileSync('/proc/uptime', 'utf8')));
`,
      { env: { GREETING: 'hi' } },
      ['one', 'two words'],
    );
    expect(r.err).toBe('');
    expect(r.out).toBe(
      [
        'self "1"',
        'cmdline ["one","two words",""]',
        'environ true',
        'status ["State:\\tR (running)","Pid:\\t1","PPid:\\t0","Uid:\\t0\\t0\\t0\\t0"]',
        'cwd "/tmp"',
        'pids ["1"]',
        'fd1 true',
        'nope ENOENT',
        'meminfo true',
        'uptime true',
        '',
      ].join('\n'),
    );
  });
});

describe('pid namespaces in /proc', () => {
  it('a container sees only its own processes', async () => {
    writeFileSync(join(rootfs, 'app/sleep.js'), 'setTimeout(() => {}, 20000);\n');
    const other = await kernel.run({ rootfs, cmd: ['node', '/app/sleep.js', 'OTHER-CONTAINER'] });
    try {
      const r = await run(`${T}
t('pids', () => fs.readdirSync('/proc').filter((n) => /^\\d+$/.test(n)));
t('cmdline', () => fs.readFileSync('/proc/1/cmdline', 'utf8').includes('OTHER-CONTAINER'));
t('pid2', () => fs.statSync('/proc/2'));
`);
      expect(r.out).toBe('pids ["1"]\ncmdline false\npid2 ENOENT\n');
    } finally {
      other.kill('SIGKILL');
      await other.wait();
    }
  });
});

describe('mount specs', () => {
  it('rejects a bind mount whose source does not exist', async () => {
    await expect(
      kernel.run({
        rootfs,
        cmd: ['node', '-e', '0'],
        mounts: [{ type: 'bind', source: '/nonexistent/x', target: '/x' }],
      }),
    ).rejects.toThrow('bind source path does not exist: /nonexistent/x');
  });

  it('rejects a mount target inside /proc', async () => {
    await expect(
      kernel.run({ rootfs, cmd: ['node', '-e', '0'], mounts: [{ type: 'tmpfs', target: '/proc/x' }] }),
    ).rejects.toThrow('invalid mount target /proc/x: EACCES');
  });
});

describe('bind mounts and the container user', () => {
  // Only a root host may hand files to another uid (otherwise they stay the host user's, by design).
  it.runIf(process.getuid?.() === 0)(
    'creates host files owned by the container user, with its umask',
    async () => {
      const host = mkdtempSync(join(tmpdir(), 'tsvirt-bind-own-'));
      chmodSync(host, 0o777);
      try {
        const r = await run(
          `${T}
t('write', () => fs.writeFileSync('/data/made-by-app', 'x'));
t('mkdir', () => fs.mkdirSync('/data/dir-by-app'));
`,
          { user: 'app', mounts: [{ type: 'bind', source: host, target: '/data' }] },
        );
        expect(r.out).toBe('write ok\nmkdir ok\n');
        const f = statSync(join(host, 'made-by-app'));
        const d = statSync(join(host, 'dir-by-app'));
        expect([f.uid, f.gid, (f.mode & 0o777).toString(8)]).toEqual([1000, 1000, '644']);
        expect([d.uid, (d.mode & 0o777).toString(8)]).toEqual([1000, '755']);
      } finally {
        rmSync(host, { recursive: true, force: true });
      }
    },
  );
});

describe('/proc/<pid>/fd', () => {
  it('links each fd to its file, and opening the link opens the file', async () => {
    const r = await run(`${T}
fs.writeFileSync('/tmp/f', 'contents');
const fd = fs.openSync('/tmp/f', 'r');
t('link', () => fs.readlinkSync('/proc/self/fd/' + fd));
t('reopen', () => fs.readFileSync('/proc/self/fd/' + fd, 'utf8'));
t('stat', () => fs.statSync('/proc/self/fd/' + fd).size);
t('realpath', () => fs.realpathSync('/proc/self/fd/' + fd));
t('devfd', () => fs.readFileSync('/dev/fd/' + fd, 'utf8'));
t('listed', () => fs.readdirSync('/proc/self/fd').includes(String(fd)));
fs.closeSync(fd);
t('closed', () => fs.readlinkSync('/proc/self/fd/' + fd));
`);
    expect(r.err).toBe('');
    expect(r.out).toBe(
      'link "/tmp/f"\nreopen "contents"\nstat 8\nrealpath "/tmp/f"\ndevfd "contents"\nlisted true\nclosed ENOENT\n',
    );
  });
});

describe('permissions for a non-root user', () => {
  it('enforces rwx bits, ownership rules, umask and the sticky bit', async () => {
    const r = await run(
      `${T}
t('readSecret', () => fs.readFileSync('/secret', 'utf8'));
t('accessSecret', () => fs.accessSync('/secret', fs.constants.R_OK));
t('statSecret', () => fs.statSync('/secret').size);
t('writePasswd', () => fs.writeFileSync('/etc/passwd', 'x'));
t('mkdirRoot', () => fs.mkdirSync('/mine'));
t('listRootHome', () => fs.readdirSync('/root'));
t('chmodPasswd', () => fs.chmodSync('/etc/passwd', 0o777));
t('create', () => { fs.writeFileSync('/tmp/mine', 'x'); const s = fs.statSync('/tmp/mine'); return [s.uid, s.gid, (s.mode & 0o777).toString(8)]; });
t('chmodOwn', () => { fs.chmodSync('/tmp/mine', 0o600); return (fs.statSync('/tmp/mine').mode & 0o777).toString(8); });
t('chownAway', () => fs.chownSync('/tmp/mine', 0, 0));
t('stickyOther', () => fs.unlinkSync('/tmp/rootfile'));
t('stickyRename', () => fs.renameSync('/tmp/rootfile', '/tmp/stolen'));
t('writeOtherFile', () => fs.appendFileSync('/tmp/rootfile', 'y'));
t('stickyOwn', () => fs.unlinkSync('/tmp/mine'));
t('home', () => { fs.writeFileSync('/home/app/x', '1'); return fs.readFileSync('/home/app/x', 'utf8'); });
`,
      { user: 'app' },
    );
    expect(r.err).toBe('');
    expect(r.out).toBe(
      [
        'readSecret EACCES',
        'accessSecret EACCES',
        'statSecret 9',
        'writePasswd EACCES',
        'mkdirRoot EACCES',
        'listRootHome EACCES',
        'chmodPasswd EPERM',
        'create [1000,1000,"644"]',
        'chmodOwn "600"',
        'chownAway EPERM',
        'stickyOther EPERM',
        'stickyRename EPERM',
        'writeOtherFile ok',
        'stickyOwn ok',
        'home EACCES',
        '',
      ].join('\n'),
    );
  });

  it('lets root bypass the read and write bits', async () => {
    const r = await run(`${T}
t('readSecret', () => fs.readFileSync('/secret', 'utf8'));
t('listRootHome', () => fs.readdirSync('/root'));
t('chmod', () => { fs.chmodSync('/tmp/rootfile', 0o000); return fs.readFileSync('/tmp/rootfile', 'utf8'); });
`);
    expect(r.out).toBe('readSecret "root only"\nlistRootHome []\nchmod "x"\n');
  });
});

// Forked case: hostile build contexts. Symlinks in the context pointing outside it (absolute, to a
// file and to a directory), `..` in COPY sources, globs reaching up, and ADD of hostile tars. Reports,
// per attempt, how the build ended and whether the host secret reached any blob of the store or any
// build output; also the store's image list before and after the failed builds.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pack } from 'tar-stream';
import { Kernel } from '../../../dist/index.js';
import { collect, exit, input, report } from './common.mjs';

const SECRET = 'BUILD-CONTEXT-SECRET-51e2';
await input();
const base = mkdtempSync(join(tmpdir(), 'tsvirt-sec-build-'));
const home = join(base, 'home');
const outside = join(base, 'outside');
mkdirSync(outside);
writeFileSync(join(outside, 'secret.txt'), SECRET);

async function tar(entries) {
  const p = pack();
  const chunks = [];
  const done = (async () => {
    for await (const c of p) chunks.push(c);
  })();
  for (const e of entries) {
    const h = {
      name: e.name,
      type: e.type ?? 'file',
      mode: 0o644,
      mtime: new Date(0),
      ...(e.linkname ? { linkname: e.linkname } : {}),
    };
    if (e.data !== undefined) p.entry(h, Buffer.from(e.data));
    else p.entry(h);
  }
  p.finalize();
  await done;
  return Buffer.concat(chunks);
}

function context(name, files, links = {}) {
  const dir = join(base, name);
  mkdirSync(dir, { recursive: true });
  for (const [rel, data] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), data);
  }
  for (const [rel, target] of Object.entries(links)) symlinkSync(target, join(dir, rel));
  return dir;
}

/** Every blob in the store, searched for the secret. */
function secretInStore() {
  const blobs = join(home, 'images', 'blobs', 'sha256');
  return readdirSync(blobs).some((b) => readFileSync(join(blobs, b)).includes(SECRET));
}

const kernel = new Kernel({ home });
const result = { attempts: {} };
async function attempt(name, dir, extra = {}) {
  let output = '';
  try {
    const r = await kernel.build({
      context: dir,
      tags: [`sec-${name.toLowerCase()}`],
      onProgress: (e) => {
        if (e.type === 'output') output += Buffer.from(e.data).toString('utf8');
      },
      ...extra,
    });
    result.attempts[name] = { ok: true, id: r.id, output };
  } catch (e) {
    result.attempts[name] = { ok: false, name: e?.name, message: String(e?.message), output };
  }
}

try {
  // Links to outside the context are copied as links; reading them in a container finds nothing.
  const links = context(
    'links',
    {
      Containerfile: `FROM base
COPY abs-link dir-link /l/
COPY . /ctx/
RUN cat /l/abs-link /l/dir-link/secret.txt /ctx/rel-link; ls -l /l
`,
    },
    { 'abs-link': join(outside, 'secret.txt'), 'dir-link': outside, 'rel-link': '../outside/secret.txt' },
  );
  await attempt('links', links);
  if (result.attempts.links.ok) {
    const c = await kernel.run({
      image: 'sec-links',
      cmd: [
        'node',
        '-e',
        "const fs=require('fs'); console.log(fs.readlinkSync('/l/abs-link'), fs.readlinkSync('/l/dir-link'), fs.lstatSync('/ctx/rel-link').isSymbolicLink())",
      ],
    });
    const out = collect(c.stdout);
    await c.wait();
    result.readlinks = out();
  }
  await attempt('dotdot', context('dotdot', { Containerfile: 'FROM base\nCOPY ../outside/secret.txt /x\n' }));
  await attempt(
    'dotdotInner',
    context('dotdot2', { Containerfile: 'FROM base\nCOPY sub/../../outside/secret.txt /x\n', 'sub/a': 'a' }),
  );
  await attempt('globUp', context('glob', { Containerfile: 'FROM base\nCOPY ../*/secret.txt /x/\n' }));
  await attempt(
    'fromDotdot',
    context('from', { Containerfile: 'FROM base\nCOPY --from=base ../../etc/passwd /x\n' }),
  );
  const imagesBefore = (await kernel.images.list()).map((i) => i.id).sort();
  const hostile = {
    traversal: [{ name: '../../escaped.txt', data: SECRET }],
    absolute: [{ name: '/abs.txt', data: 'x' }],
    linkEscape: [
      { name: 'up', type: 'symlink', linkname: '../../../..' },
      { name: 'up/escaped.txt', data: 'x' },
    ],
    hardlinkEscape: [{ name: 'hl', type: 'link', linkname: '../../etc/passwd' }],
    device: [{ name: 'dev', type: 'character-device' }],
  };
  for (const [name, entries] of Object.entries(hostile)) {
    const dir = context(`add-${name}`, { Containerfile: 'FROM base\nADD evil.tar /opt/\n' });
    writeFileSync(join(dir, 'evil.tar'), await tar(entries));
    await attempt(`add-${name}`, dir);
  }
  result.imagesSame =
    JSON.stringify((await kernel.images.list()).map((i) => i.id).sort()) === JSON.stringify(imagesBefore);
  result.escapedOnHost = readdirSync(base).filter((n) => n.includes('escaped'));
  result.secretInStore = secretInStore();
} catch (e) {
  result.error = String(e?.stack ?? e);
} finally {
  await kernel.close();
  rmSync(base, { recursive: true, force: true });
}
result.secret = SECRET;
report(result);
await exit();

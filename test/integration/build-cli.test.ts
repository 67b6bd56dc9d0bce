// `tsvirt build` through the CLI subprocess, on a fresh $TSVIRT_HOME per suite: a small JS app from
// `base` (COPY/RUN/ENV/WORKDIR/CMD) then `tsvirt run` of it; the cache (a second build all CACHED with
// the same ID, a changed file re-running from its step on); multi-stage with COPY --from and
// --target; .dockerignore; ARG and --build-arg (with the unused-arg warning); a failing RUN (its exit
// code, no tag); parse errors with file:line; ADD of a tar; FROM scratch; -q.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, tsvirt } from '../helpers/cli.js';
import { makeTar } from '../helpers/tars.js';

let home: string;
let root: string;

const cli = (args: string[], cwd?: string) =>
  tsvirt(args, { env: { ...process.env, TSVIRT_HOME: home }, timeoutMs: 120_000, ...(cwd ? { cwd } : {}) });

/** Writes a context directory from a map of relative paths to contents. */
function context(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(root, name);
  for (const [rel, data] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), data);
  }
  return dir;
}

interface Inspect {
  Id: string;
  RepoTags: string[];
  Config: { Env?: string[]; Cmd?: string[]; WorkingDir?: string; Labels?: Record<string, string> };
}
async function inspect(ref: string): Promise<Inspect> {
  const r = await cli(['inspect', ref]);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as Inspect[])[0] as Inspect;
}

/** The error lines of a failed build's stderr (progress lines start with `#`). */
const errorLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('tsvirt:'));

beforeAll(() => {
  assertBuilt();
  home = mkdtempSync(join(tmpdir(), 'tsvirt-build-home-'));
  root = mkdtempSync(join(tmpdir(), 'tsvirt-build-ctx-'));
});

afterAll(() => {
  rmSync(home, { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
});

const APP = `FROM base
ENV GREETING=hello
WORKDIR /app
COPY package.json ./
RUN echo "installed" > deps.txt
COPY src/ ./src/
RUN node -e "require('fs').writeFileSync('stamp', require('fs').readFileSync('src/msg.txt', 'utf8').trim().toUpperCase())"
CMD ["node", "src/main.js"]
`;

describe('tsvirt build', { timeout: 240_000 }, () => {
  let appDir: string;
  let firstId: string;

  it('builds a JS app from base and runs it', async () => {
    appDir = context('app', {
      Containerfile: APP,
      'package.json': '{"name":"app"}',
      'src/main.js':
        "const fs = require('fs');\nconsole.log(process.env.GREETING, process.cwd(), fs.readFileSync('deps.txt', 'utf8').trim(), fs.readFileSync('stamp', 'utf8'));\n",
      'src/msg.txt': 'first\n',
    });
    const b = await cli(['build', '-t', 'app:1', appDir]);
    expect(b.stderr).toContain('#1 [1/8] FROM base');
    expect(b.stderr).toMatch(/#5 \[5\/8\] RUN echo "installed" > deps.txt\n/);
    expect(b.stderr).toMatch(/#8 DONE \d+\.\ds/);
    expect(b.stderr).toContain('naming to app:1 done');
    expect(b.stderr).not.toContain('CACHED');
    expect(b.code).toBe(0);
    const r = await cli(['run', '--rm', 'app:1']);
    expect(r.stdout).toBe('hello /app installed FIRST\n');
    expect(r.code).toBe(0);
    const img = await inspect('app:1');
    firstId = img.Id;
    expect(img.Config.Cmd).toEqual(['node', 'src/main.js']);
    expect(img.Config.WorkingDir).toBe('/app');
    expect(img.Config.Env).toContain('GREETING=hello');
    const h = await cli(['history', '--no-trunc', 'app:1']);
    expect(h.stdout).toContain('/bin/sh -c echo "installed" > deps.txt');
    expect(h.stdout).toContain('COPY src/ ./src/');
  });

  it('a second build of the unchanged context is all CACHED with the same image ID', async () => {
    const b = await cli(['build', '-t', 'app:1', appDir]);
    expect(b.code).toBe(0);
    for (let step = 2; step <= 8; step++) expect(b.stderr).toContain(`#${step} CACHED`);
    expect((await inspect('app:1')).Id).toBe(firstId);
    const q = await cli(['build', '-q', appDir]);
    expect(q.stdout.trim()).toBe(firstId);
    expect(q.stderr).toBe('');
  });

  it('a changed file re-runs from its COPY on; --no-cache re-runs everything', async () => {
    writeFileSync(join(appDir, 'src/msg.txt'), 'second\n');
    const b = await cli(['build', '-t', 'app:1', appDir]);
    expect(b.code).toBe(0);
    for (const step of [2, 3, 4, 5]) expect(b.stderr).toContain(`#${step} CACHED`);
    for (const step of [6, 7, 8]) expect(b.stderr).not.toContain(`#${step} CACHED`);
    expect((await inspect('app:1')).Id).not.toBe(firstId);
    expect((await cli(['run', '--rm', 'app:1'])).stdout).toBe('hello /app installed SECOND\n');
    const n = await cli(['build', '--no-cache', appDir]);
    expect(n.code).toBe(0);
    expect(n.stderr).not.toContain('CACHED');
  });

  it('multi-stage: COPY --from a named stage, only the last stage in the image; --target', async () => {
    const dir = context('multi', {
      Dockerfile: `FROM base AS build
WORKDIR /src
COPY gen.js .
RUN node gen.js > out.js
FROM base
COPY --from=build /src/out.js /app/
RUN ["node", "/app/out.js"]
CMD ["node", "/app/out.js"]
`,
      'gen.js': 'console.log(\'console.log("generated " + (6 * 7))\')\n',
    });
    const b = await cli(['build', '-t', 'multi', dir]);
    expect(b.stderr).toContain('[build 1/4] FROM base');
    expect(b.stderr).toContain('[stage-1 2/4] COPY --from=build /src/out.js /app/');
    expect(b.stderr).toContain('generated 42'); // the RUN's output, streamed
    expect(b.code).toBe(0);
    expect((await cli(['run', '--rm', 'multi'])).stdout).toBe('generated 42\n');
    const ls = await cli(['run', '--rm', 'multi', 'ls', '/src']);
    expect(ls.code).not.toBe(0);
    const t = await cli(['build', '--target', 'build', '-t', 'multi:build', dir]);
    expect(t.code).toBe(0);
    expect(t.stderr).not.toContain('stage-1');
    expect((await cli(['run', '--rm', 'multi:build', 'cat', '/src/out.js'])).stdout).toContain('generated');
  });

  it('honours .dockerignore, with ! exceptions and **', async () => {
    const dir = context('ignore', {
      Containerfile: 'FROM base\nCOPY . /ctx/\nCMD ["ls", "-R", "/ctx"]\n',
      '.dockerignore': '# comment\n**/*.log\nsecret*\nbuild\n!build/keep.txt\n',
      'a.txt': 'a',
      'debug.log': 'x',
      'deep/nested/trace.log': 'x',
      'deep/nested/ok.txt': 'ok',
      'secret.key': 'x',
      'build/drop.txt': 'x',
      'build/keep.txt': 'keep',
    });
    const b = await cli(['build', '-t', 'ign', dir]);
    expect(b.code).toBe(0);
    const r = await cli(['run', '--rm', 'ign', 'find', '/ctx', '-type', 'f']);
    const files = r.stdout.trim().split('\n').sort();
    expect(files).toEqual([
      '/ctx/.dockerignore',
      '/ctx/Containerfile',
      '/ctx/a.txt',
      '/ctx/build/keep.txt',
      '/ctx/deep/nested/ok.txt',
    ]);
  });

  it('ARG defaults, --build-arg overrides, ARG before FROM, and a warning for an unused build-arg', async () => {
    const dir = context('args', {
      Containerfile: `ARG BASE=base
FROM \${BASE}
ARG WHO=world
ARG LEVEL
ENV LABELLED=\${LEVEL:-none}
RUN echo "hi $WHO" > /who.txt
LABEL who=$WHO
CMD ["sh", "-c", "cat /who.txt; echo $LABELLED"]
`,
    });
    const d = await cli(['build', '-t', 'args:default', dir]);
    expect(d.code).toBe(0);
    expect((await cli(['run', '--rm', 'args:default'])).stdout).toBe('hi world\nnone\n');
    const o = await cli([
      'build',
      '-t',
      'args:o',
      '--build-arg',
      'WHO=tsvirt',
      '--build-arg',
      'LEVEL=3',
      '--build-arg',
      'NOPE=1',
      dir,
    ]);
    expect(o.code).toBe(0);
    expect(o.stderr).toContain('[Warning] One or more build-args [NOPE] were not consumed');
    expect((await cli(['run', '--rm', 'args:o'])).stdout).toBe('hi tsvirt\n3\n');
    expect((await inspect('args:o')).Config.Labels?.who).toBe('tsvirt');
    // The build args a RUN saw are part of its cache key: a different value re-runs it.
    expect(o.stderr).not.toMatch(/RUN echo "hi \$WHO" > \/who.txt\n#\d+ CACHED/);
  });

  it('a failing RUN stops the build with its exit code and output, and leaves no tag', async () => {
    const dir = context('fail', {
      Containerfile: 'FROM base\nRUN echo before\nRUN echo "it broke" >&2; exit 3\nRUN echo never\n',
    });
    const b = await cli(['build', '-t', 'broken', dir]);
    expect(b.code).toBe(3);
    expect(b.stderr).toContain('it broke');
    expect(b.stderr).not.toContain('never\n');
    expect(b.stderr).toMatch(/tsvirt: Containerfile:3: RUN .*did not complete successfully: exit code: 3\n$/);
    const i = await cli(['inspect', 'broken']);
    expect(i.code).not.toBe(0);
    const imgs = await cli(['images']);
    expect(imgs.stdout).not.toContain('broken');
  });

  it('two builds at once on one store both succeed, and share the cache they both fill', async () => {
    const make = (n: number) =>
      context(`par${n}`, {
        Containerfile: `FROM base\nRUN echo shared > /shared.txt\nCOPY own.txt /\nCMD ["cat", "/shared.txt", "/own.txt"]\n`,
        'own.txt': `own ${n}\n`,
      });
    const [a, b] = await Promise.all([
      cli(['build', '-t', 'par:1', make(1)]),
      cli(['build', '-t', 'par:2', make(2)]),
    ]);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    expect((await cli(['run', '--rm', 'par:1'])).stdout).toBe('shared\nown 1\n');
    expect((await cli(['run', '--rm', 'par:2'])).stdout).toBe('shared\nown 2\n');
    // Both ran the shared RUN; the cache keeps one of the two results (the last written), so a rebuild
    // reuses it and redoes what was built on the other; a second rebuild is all cached.
    const again = await cli(['build', '-t', 'par:2', make(2)]);
    expect(again.stderr).toContain('#2 CACHED\n');
    const third = await cli(['build', '-t', 'par:2', make(2)]);
    expect(third.stderr).toMatch(/#2 CACHED\n[\s\S]*#3 CACHED\n[\s\S]*#4 CACHED/);
  });

  it('usage errors: no PATH (exit 1), an unknown flag or --progress value (exit 125), --help', async () => {
    const none = await cli(['build']);
    expect([none.code, none.stderr]).toEqual([
      1,
      `tsvirt: "tsvirt build" requires exactly 1 argument; see 'tsvirt build --help'\n`,
    ]);
    const flag = await cli(['build', '--squash', '.']);
    expect([flag.code, flag.stderr]).toEqual([
      125,
      "tsvirt: unknown flag: --squash; see 'tsvirt build --help'\n",
    ]);
    const progress = await cli(['build', '--progress', 'tty', '.']);
    expect(progress.code).toBe(125);
    expect(progress.stderr).toMatch(/^tsvirt: invalid argument "tty" for "--progress" flag/);
    const help = await cli(['build', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage:  tsvirt build [OPTIONS] PATH');
    for (const f of ['--tag', '--file', '--build-arg', '--no-cache', '--target', '--quiet', '--progress'])
      expect(help.stdout).toContain(f);
  });

  it('parse errors are one line with file:line', async () => {
    const dir = context('parse', {
      Containerfile: 'FROM base\n# fine\nRUN echo ok \\\n  && true\nFOO bar\n',
    });
    const b = await cli(['build', dir]);
    expect(b.code).toBe(1);
    expect(b.stderr).toBe('tsvirt: Containerfile:5: unknown instruction: FOO\n');
    const e = context('parse2', { Dockerfile: 'FROM base\nCOPY only-one\n' });
    const c = await cli(['build', e]);
    expect(c.code).toBe(1);
    expect(errorLines(c.stderr)).toEqual(['tsvirt: Dockerfile:2: COPY requires at least two arguments']);
    const m = await cli(['build', '-f', join(e, 'missing'), e]);
    expect(m.code).not.toBe(0);
    expect(errorLines(m.stderr)).toHaveLength(1);
  });

  it('ADD extracts a local tar archive; a URL is a clear error', async () => {
    const tar = await makeTar([
      { name: 'lib/', type: 'directory' },
      { name: 'lib/mod.js', data: 'module.exports = "from the tar";\n', mode: 0o640 },
      { name: 'lib/link.js', type: 'symlink', linkname: 'mod.js' },
    ]);
    const dir = context('add', {
      Containerfile:
        'FROM base\nADD vendor.tar /opt/\nCMD ["node", "-e", "console.log(require(\'/opt/lib/link.js\'))"]\n',
      'vendor.tar': tar,
    });
    const b = await cli(['build', '-t', 'add', dir]);
    expect(b.code).toBe(0);
    expect((await cli(['run', '--rm', 'add'])).stdout).toBe('from the tar\n');
    expect((await cli(['run', '--rm', 'add', 'ls', '-l', '/opt/lib/mod.js'])).stdout).toMatch(/^-rw-r-----/);
    const u = context('addurl', { Containerfile: 'FROM base\nADD https://example.com/x.tar /x\n' });
    const r = await cli(['build', u]);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual([
      'tsvirt: Containerfile:2: ADD https://example.com/x.tar: remote URLs are not supported (tsvirt build has no network)',
    ]);
  });

  it('FROM scratch: a JS app with its own runtime path, COPY --chown/--chmod, and -q', async () => {
    const dir = context('scratch', {
      Containerfile: `FROM scratch
COPY --chmod=750 --chown=1000:1000 hello.js /hello.js
ENTRYPOINT ["node", "/hello.js"]
CMD ["from", "scratch"]
`,
      'hello.js': "console.log(process.argv.slice(2).join(' '));\n",
    });
    const b = await cli(['build', '-q', '-t', 'scratchy', dir]);
    expect(b.code).toBe(0);
    expect(b.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect(b.stderr).toBe('');
    const r = await cli(['run', '--rm', 'scratchy']);
    expect(r.stdout).toBe('from scratch\n');
    const h = await cli(['history', 'scratchy']);
    expect(h.stdout.trim().split('\n')).toHaveLength(4);
  });

  it('builder prune: asks first; -f drops the cache and the step images, the built images stay', async () => {
    const no = await tsvirt(['builder', 'prune'], {
      env: { ...process.env, TSVIRT_HOME: home },
      input: 'n\n',
    });
    expect(no.code).toBe(0);
    expect(no.stdout).toBe('');
    expect(no.stderr).toContain('Are you sure you want to continue? [y/N]');
    const yes = await cli(['builder', 'prune', '-f']);
    expect(yes.code).toBe(0);
    expect(yes.stdout).toMatch(
      /^Deleted build cache: [1-9]\d* images, [1-9]\d* entries\nTotal reclaimed space: /,
    );
    expect((await cli(['run', '--rm', 'app:1'])).stdout).toBe('hello /app installed SECOND\n');
    const rebuilt = await cli(['build', '-t', 'app:1', appDir]);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stderr).not.toContain('CACHED');
    const again = await cli(['builder', 'prune', '-f']);
    expect(again.stdout).toMatch(/^Deleted build cache: [1-9]/);
  });
});

// Unit tests (CLI): run's flags → ContainerSpec, and the value parsers behind them, against the
// docker CLI's rules. No isolates: these run in milliseconds.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstOperand, haltAtFirstOperand } from './argv-split.js';
import { RUN_FLAG_SHAPE } from './commands/run.js';
import { parseEnvFile } from './env-file.js';
import { CliError } from './errors.js';
import { planRun, type RunContext } from './run-options.js';
import { parseBytes, parseCpus, parseTmpfs, parseUlimit, parseVolume } from './values.js';

const dir = mkdtempSync(join(tmpdir(), 'tsvirt-cli-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files: Record<string, string> = {};
const ctx: RunContext = {
  cwd: dir,
  env: { HOME_VAR: 'from-host' },
  readFile(p) {
    const text = files[p];
    if (text === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
    return text;
  },
};

function cliError(fn: () => unknown): CliError {
  try {
    fn();
  } catch (err) {
    if (err instanceof CliError) return err;
    throw err;
  }
  throw new Error('expected a CliError');
}

describe('haltAtFirstOperand', () => {
  it('stops at the first operand, skipping the values of value flags', () => {
    expect(
      haltAtFirstOperand(['-e', 'A=1', '--rm', '-it', 'img', 'node', '-e', 'x'], RUN_FLAG_SHAPE),
    ).toEqual(['-e', 'A=1', '--rm', '-it', '--', 'img', 'node', '-e', 'x']);
  });

  it('knows --flag=value, -eVALUE and a value flag at the end of a short cluster', () => {
    expect(firstOperand(['--env=A', 'img'], RUN_FLAG_SHAPE).index).toBe(1);
    expect(firstOperand(['-eA=1', 'img'], RUN_FLAG_SHAPE).index).toBe(1);
    expect(firstOperand(['-ie', 'A=1', 'img'], RUN_FLAG_SHAPE).index).toBe(2);
    expect(firstOperand(['--rootfs', 'dir', 'node'], RUN_FLAG_SHAPE).index).toBe(2);
  });

  it('leaves an explicit -- alone and reports no operand when there is none', () => {
    expect(haltAtFirstOperand(['--rm', '--', 'img'], RUN_FLAG_SHAPE)).toEqual(['--rm', '--', 'img']);
    expect(firstOperand(['--rm', '-e', 'X'], RUN_FLAG_SHAPE).index).toBe(-1);
  });
});

describe('value parsers', () => {
  it('parses sizes in binary units as Docker does', () => {
    expect(parseBytes('512')).toBe(512);
    expect(parseBytes('64k')).toBe(64 * 1024);
    expect(parseBytes('512m')).toBe(512 * 1024 ** 2);
    expect(parseBytes('1G')).toBe(1024 ** 3);
    expect(parseBytes('1.5gb')).toBe(1.5 * 1024 ** 3);
    expect(parseBytes('2MiB')).toBe(2 * 1024 ** 2);
    for (const bad of ['', 'abc', '-1m', '12x', '1.2.3m']) expect(parseBytes(bad)).toBeNull();
  });

  it('parses -v HOST:CONTAINER[:ro|rw], resolving ./relative host paths', () => {
    expect(parseVolume('/data:/mnt', '/cwd')).toEqual({ type: 'bind', source: '/data', target: '/mnt' });
    expect(parseVolume('/data:/mnt:ro', '/cwd')).toEqual({
      type: 'bind',
      source: '/data',
      target: '/mnt',
      readOnly: true,
    });
    expect(parseVolume('./sub/../x:/mnt:rw', '/cwd')).toEqual({
      type: 'bind',
      source: '/cwd/x',
      target: '/mnt',
    });
    expect(parseVolume('..:/up', '/cwd/a')).toMatchObject({ source: '/cwd' });
  });

  it('rejects volume specs Docker rejects, and named or anonymous volumes (no volume store yet)', () => {
    expect(cliError(() => parseVolume('/data:mnt', '/')).message).toMatch(/mount path must be absolute/);
    expect(cliError(() => parseVolume('/data:/mnt:z', '/')).message).toMatch(/unsupported mode "z"/);
    expect(cliError(() => parseVolume('myvol:/mnt', '/')).message).toMatch(/named volumes are not supported/);
    expect(cliError(() => parseVolume('/data', '/')).message).toMatch(/anonymous volumes/);
    expect(cliError(() => parseVolume('a:b:c:d', '/')).exitCode).toBe(125);
  });

  it('parses --tmpfs PATH[:size=N]', () => {
    expect(parseTmpfs('/run')).toEqual({ type: 'tmpfs', target: '/run' });
    expect(parseTmpfs('/run:size=64m')).toEqual({ type: 'tmpfs', target: '/run', size: 64 * 1024 ** 2 });
    expect(cliError(() => parseTmpfs('run')).message).toMatch(/must be absolute/);
    expect(cliError(() => parseTmpfs('/run:mode=1777')).message).toMatch(/unsupported tmpfs option "mode"/);
    expect(cliError(() => parseTmpfs('/run:size=lots')).message).toMatch(/invalid size/);
  });

  it('parses --ulimit nofile=SOFT[:HARD] and names what is not supported', () => {
    expect(parseUlimit('nofile=100')).toEqual({ name: 'nofile', soft: 100 });
    expect(parseUlimit('nofile=100:200')).toEqual({ name: 'nofile', soft: 100 });
    expect(cliError(() => parseUlimit('nofile=300:200')).message).toMatch(/soft limit must be less than/);
    expect(cliError(() => parseUlimit('nproc=10')).message).toMatch(/nproc is not supported/);
    expect(cliError(() => parseUlimit('bogus=10')).message).toMatch(/invalid ulimit type: bogus/);
    expect(cliError(() => parseUlimit('nofile')).message).toMatch(/NAME=SOFT/);
  });

  it('parses --cpus as a positive decimal', () => {
    expect(parseCpus('1.5')).toBe(1.5);
    expect(parseCpus('.5')).toBe(0.5);
    expect(cliError(() => parseCpus('0')).message).toMatch(/greater than 0/);
    expect(cliError(() => parseCpus('two')).message).toMatch(/rational number/);
  });
});

describe('parseEnvFile', () => {
  it("reads KEY=VALUE lines the docker CLI's way", () => {
    const text = '\uFEFF# comment\n\n  A=1\nB=two words \nC="quoted"\nHOME_VAR\nMISSING\nD=\r\n';
    expect(parseEnvFile(text, 'f', { HOME_VAR: 'h' })).toEqual([
      'A=1',
      'B=two words ',
      'C="quoted"',
      'HOME_VAR=h',
      'D=',
    ]);
  });

  it('rejects a line without a name and a name with whitespace', () => {
    expect(cliError(() => parseEnvFile('=x\n', 'f', {})).message).toBe("f: no variable name on line '=x'");
    expect(cliError(() => parseEnvFile('A B=x\n', 'f', {})).message).toMatch(
      /variable 'A B' contains whitespaces/,
    );
    expect(cliError(() => parseEnvFile('B =x\n', 'f', {})).message).toBe(
      "f: variable 'B ' contains whitespaces",
    );
  });
});

describe('planRun', () => {
  it('makes a rootfs spec from flags and operands', () => {
    writeFileSync(join(dir, 'marker'), '');
    mkdirSync(join(dir, 'data'), { recursive: true });
    files[join(dir, 'vars.env')] = 'FROM_FILE=1\nSHARED=file\n';
    const plan = planRun(
      {
        rootfs: '.',
        rm: true,
        interactive: true,
        env: ['SHARED=flag', 'HOME_VAR', 'UNSET_ON_HOST'],
        envFile: 'vars.env',
        workdir: '/app',
        volume: ['./data:/data:ro'],
        tmpfs: '/run:size=1m',
        name: 'web',
        hostname: 'box',
        user: 'app:app',
        readOnly: true,
        memory: '64m',
        cpus: '0.5',
        pidsLimit: '10',
        ulimit: 'nofile=64',
      },
      ['node', '/app/x.js', '--flag'],
      ctx,
    );
    expect(plan).toEqual({
      interactive: true,
      tty: false,
      remove: true,
      detach: false,
      restart: { Name: 'no', MaximumRetryCount: 0 },
      spec: {
        rootfs: dir,
        cmd: ['node', '/app/x.js', '--flag'],
        env: ['FROM_FILE=1', 'SHARED=file', 'SHARED=flag', 'HOME_VAR=from-host'],
        workdir: '/app',
        mounts: [
          { type: 'bind', source: join(dir, 'data'), target: '/data', readOnly: true },
          { type: 'tmpfs', target: '/run', size: 1024 ** 2 },
        ],
        name: 'web',
        hostname: 'box',
        user: 'app:app',
        openStdin: true,
        readOnly: true,
        limits: { memory: 64 * 1024 ** 2, cpus: 0.5, pids: 10, nofile: 64 },
      },
    });
  });

  it('takes the first operand as the IMAGE without --rootfs', () => {
    expect(planRun({}, ['alpine', 'node', '-v'], ctx).spec).toEqual({ image: 'alpine', cmd: ['node', '-v'] });
    const usage = cliError(() => planRun({}, [], ctx));
    expect(usage.exitCode).toBe(1);
  });

  it('passes a terminal and its size with -t, and --entrypoint as one executable', () => {
    const plan = planRun({ rootfs: dir, tty: true, entrypoint: '/app/entry.js' }, ['a b'], {
      ...ctx,
      terminalSize: { columns: 120, rows: 40 },
    });
    expect(plan.spec).toMatchObject({
      tty: true,
      ttySize: { columns: 120, rows: 40 },
      entrypoint: ['/app/entry.js'],
      cmd: ['a b'],
    });
    expect(planRun({ rootfs: dir, entrypoint: '' }, [], ctx).spec.entrypoint).toEqual([]);
  });

  it('treats --pids-limit 0 and -1 as unlimited', () => {
    expect(planRun({ rootfs: dir, pidsLimit: '-1' }, ['x'], ctx).spec.limits).toBeUndefined();
    expect(cliError(() => planRun({ rootfs: dir, pidsLimit: 'many' }, ['x'], ctx)).message).toMatch(
      /--pids-limit/,
    );
  });

  it('rejects bad values with exit 125', () => {
    const cases: [Parameters<typeof planRun>[0], RegExp][] = [
      [{ rootfs: join(dir, 'nope') }, /--rootfs .*: no such file or directory/],
      [{ rootfs: join(dir, 'marker') }, /not a directory/],
      [{ rootfs: dir, workdir: 'rel' }, /needs to be an absolute path/],
      [{ rootfs: dir, memory: '1m' }, /minimum memory limit allowed is 6MB/],
      [{ rootfs: dir, memory: 'lots' }, /invalid argument "lots" for "-m, --memory" flag/],
      [{ rootfs: dir, env: '=x' }, /invalid environment variable: =x/],
      [{ rootfs: dir, envFile: 'missing.env' }, /--env-file missing.env: no such file or directory/],
      [{ rootfs: dir, tmpfs: ['/x', '/x'] }, /duplicate mount point: \/x/],
      [{ rootfs: dir, volume: '/no/such/dir:/x' }, /bind source path does not exist: \/no\/such\/dir/],
      [{ rootfs: dir, restart: 'always' }, /restart policies need a detached container/],
      [{ rootfs: dir, detach: true, restart: 'sometimes' }, /invalid argument "sometimes" for "--restart"/],
      [{ rootfs: dir, detach: true, restart: 'always:3' }, /maximum retry count cannot be used/],
      [{ rootfs: dir, detach: true, rm: true, restart: 'always' }, /Conflicting options: --restart and --rm/],
    ];
    for (const [flags, message] of cases) {
      const err = cliError(() => planRun(flags, ['node'], ctx));
      expect(err.message).toMatch(message);
      expect(err.exitCode).toBe(125);
    }
  });
});

describe('attached short values', () => {
  it('splits -eK=V and -ieK=V as pflag reads them, and leaves values and operands alone', () => {
    expect(haltAtFirstOperand(['-eA=1', 'img'], RUN_FLAG_SHAPE)).toEqual(['-e', 'A=1', '--', 'img']);
    expect(haltAtFirstOperand(['-ieA=1', '-e=B', 'img'], RUN_FLAG_SHAPE)).toEqual([
      '-i',
      '-e',
      'A=1',
      '-e',
      'B',
      '--',
      'img',
    ]);
    expect(haltAtFirstOperand(['-e', '-ix', 'img', '-eX=1'], RUN_FLAG_SHAPE)).toEqual([
      '-e',
      '-ix',
      '--',
      'img',
      '-eX=1',
    ]);
    expect(haltAtFirstOperand(['--env', '-eX', '-it'], RUN_FLAG_SHAPE)).toEqual(['--env', '-eX', '-it']);
  });
});

describe('-p / --publish', () => {
  it('parses [IP:]HOSTPORT:CONTAINERPORT and rejects the rest', async () => {
    const { parsePublish } = await import('./run-options.js');
    expect(parsePublish('8080:80')).toEqual({ hostPort: 8080, containerPort: 80 });
    expect(parsePublish('0.0.0.0:8080:80/tcp')).toEqual({
      hostPort: 8080,
      containerPort: 80,
      hostIp: '0.0.0.0',
    });
    expect(parsePublish('3000')).toEqual({ hostPort: 0, containerPort: 3000 });
    for (const bad of ['', 'a:b', '70000:80', '80:0', '1:2:3:4', '53:53/udp'])
      expect(() => parsePublish(bad)).toThrow(CliError);
  });
});

describe('-p forms, -P and the network flags', () => {
  it('takes an empty host port and equal-length ranges', async () => {
    const { parsePublishes } = await import('./run-options.js');
    expect(parsePublishes('127.0.0.1::80')).toEqual([
      { hostPort: 0, containerPort: 80, hostIp: '127.0.0.1' },
    ]);
    expect(parsePublishes('8000-8001:80-81')).toEqual([
      { hostPort: 8000, containerPort: 80 },
      { hostPort: 8001, containerPort: 81 },
    ]);
    expect(parsePublishes('80-81')).toEqual([
      { hostPort: 0, containerPort: 80 },
      { hostPort: 0, containerPort: 81 },
    ]);
    for (const bad of ['8000-8002:80-81', '81-80', '1-5000', '127.0.0.1:x:80'])
      expect(() => parsePublishes(bad), bad).toThrow(CliError);
  });

  it('maps -P, --allow-net, --add-host and the net limits into the spec', async () => {
    const { planRun } = await import('./run-options.js');
    const ctx = { cwd: '/', env: {}, readFile: () => '' };
    const plan = planRun(
      {
        publishAll: true,
        allowNet: ['127.0.0.2:80', 'api.test'],
        addHost: 'db.test:10.0.0.5',
        netConnections: '16',
        netRate: '1m',
        netIdleTimeout: '2s',
      },
      ['img'],
      ctx,
    );
    expect(plan.spec).toMatchObject({
      publishAll: true,
      allowNet: ['127.0.0.2:80', 'api.test'],
      extraHosts: ['db.test:10.0.0.5'],
      limits: { connections: 16, netRate: 1 << 20, netIdleMs: 2000 },
    });
    expect(() => planRun({ netConnections: '0' }, ['img'], ctx)).toThrow(CliError);
    expect(() => planRun({ netIdleTimeout: '1x' }, ['img'], ctx)).toThrow(CliError);
    // A bare number is milliseconds here; units as --timeout reads them.
    expect(planRun({ netIdleTimeout: '250' }, ['img'], ctx).spec.limits?.netIdleMs).toBe(250);
    expect(planRun({ netIdleTimeout: '1h' }, ['img'], ctx).spec.limits?.netIdleMs).toBe(3_600_000);
  });
});

// Guest zone (userland): env(1): print the environment, or run a command with NAME=VALUE changes,
// -i (empty start), -u NAME, -0; exit 127 when the command is not found, 126 when it cannot run.
import { q, warn } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { childProcess, proc } from './lib/node.js';

run('env', (argv) => {
  const args = argv.map((a) => (a === '-' ? '-i' : a));
  const p = getopt(args, {
    short: 'iu:0C:',
    stopAtOperand: true,
    usageStatus: 125,
    long: {
      'ignore-environment': ['none', 'i'],
      unset: ['required', 'u'],
      null: ['none', '0'],
      chdir: ['required', 'C'],
    },
  });
  const env: Record<string, string | undefined> = p.has('i') ? {} : { ...proc.env };
  for (const u of p.all('u')) delete env[u];
  let i = 0;
  const ops = p.operands;
  for (; i < ops.length && (ops[i] as string).includes('=') && !(ops[i] as string).startsWith('='); i++) {
    const a = ops[i] as string;
    env[a.slice(0, a.indexOf('='))] = a.slice(a.indexOf('=') + 1);
  }
  if (i >= ops.length) {
    for (const [k, v] of Object.entries(env))
      if (v !== undefined) out(`${k}=${v}${p.has('0') ? '\0' : '\n'}`);
    return 0;
  }
  const [cmd, ...rest] = ops.slice(i) as [string, ...string[]];
  const opts: { stdio: string; env: Record<string, string | undefined>; cwd?: string } = {
    stdio: 'inherit',
    env,
  };
  const dir = p.get('C');
  if (dir !== undefined) opts.cwd = dir;
  const r = childProcess().spawnSync(cmd, rest, opts);
  if (r.error) {
    const code = r.error.code;
    warn(`${q(cmd)}: ${code === 'ENOENT' ? 'No such file or directory' : 'Permission denied'}`);
    return code === 'ENOENT' ? 127 : 126;
  }
  if (r.signal)
    return (
      128 +
      (({ SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGPIPE: 13, SIGTERM: 15 } as Record<string, number>)[
        r.signal
      ] ?? 0)
    );
  return r.status ?? 1;
});

// Host zone (CLI): `--env-file` files, read the way the docker CLI reads them: one KEY=VALUE a line,
// `#` comments and blank lines skipped, a bare KEY takes the host's value, values are not unquoted.

import { CliError } from './errors.js';

/**
 * Parses an env file's text into `KEY=VALUE` strings. `name` is the file's name for error messages;
 * `hostEnv` answers bare `KEY` lines (dropped when the host has no such variable).
 */
export function parseEnvFile(
  text: string,
  name: string,
  hostEnv: Readonly<Record<string, string | undefined>>,
): string[] {
  const out: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trimStart();
    if (line === '' || line.startsWith('#')) continue;
    if (line.includes('\0')) throw new CliError(`${name}: line ${i + 1}: contains a NUL byte`);
    const eq = line.indexOf('=');
    const key = eq === -1 ? line : line.slice(0, eq);
    if (key === '') throw new CliError(`${name}: no variable name on line '${line}'`);
    if (/\s/.test(key)) throw new CliError(`${name}: variable '${key}' contains whitespaces`);
    if (eq !== -1) {
      out.push(line);
      continue;
    }
    const value = hostEnv[key];
    if (value !== undefined) out.push(`${key}=${value}`);
  }
  return out;
}

// Host zone: the instructions that only change the image config (ENV, LABEL, EXPOSE, USER, VOLUME,
// STOPSIGNAL, CMD, ENTRYPOINT, SHELL, MAINTAINER), each as a pure function from the stage's config to
// the new one, with the `created_by` text Docker records in the image history for it.

import type { ContainerConfig } from '../oci.js';
import { BuildError, type Instruction } from './parser.js';
import { expandPairs, expandWord, expandWords, type Vars } from './substitute.js';

/** What a metadata instruction does: the new config and its history line. */
export interface MetaChange {
  config: ContainerConfig;
  createdBy: string;
  /** SHELL's new shell, for later shell-form instructions. */
  shell?: string[];
  /** MAINTAINER's author. */
  author?: string;
}

/** The instructions handled here. */
export const META_KEYWORDS = new Set([
  'ENV',
  'LABEL',
  'EXPOSE',
  'USER',
  'VOLUME',
  'STOPSIGNAL',
  'CMD',
  'ENTRYPOINT',
  'SHELL',
  'MAINTAINER',
]);

/** `KEY=VALUE` list with `key` set to `value` (replacing an earlier one, keeping its place). */
export function setEnv(env: readonly string[], key: string, value: string): string[] {
  const out = env.filter((e) => e.slice(0, e.indexOf('=') < 0 ? e.length : e.indexOf('=')) !== key);
  const at = env.findIndex((e) => e.startsWith(`${key}=`) || e === key);
  const entry = `${key}=${value}`;
  if (at < 0) return [...out, entry];
  out.splice(at, 0, entry);
  return out;
}

/** A command in exec form, or shell form wrapped in the stage's shell. */
export function commandOf(ins: Instruction, shell: readonly string[]): string[] {
  return ins.json ?? [...shell, ins.args];
}

/** Go's `%v` of a string slice, as Docker prints exec forms in history (`["node" "app.js"]`). */
function goList(argv: readonly string[]): string {
  return `[${argv.map((a) => JSON.stringify(a)).join(' ')}]`;
}

/** Applies a metadata instruction. `vars` are the variables in scope for substitution. */
export function applyMeta(
  ins: Instruction,
  config: ContainerConfig,
  vars: Vars,
  shell: readonly string[],
  esc: string,
  where: string,
): MetaChange {
  const c: ContainerConfig = { ...config };
  const word = () => expandWord(ins.args, vars, esc, where);
  switch (ins.keyword) {
    case 'ENV': {
      const pairs = expandPairs(ins.args, vars, esc, where, 'ENV');
      let env = c.Env ?? [];
      for (const [k, v] of pairs) env = setEnv(env, k, v ?? '');
      c.Env = env;
      return { config: c, createdBy: `ENV ${pairs.map(([k, v]) => `${k}=${v ?? ''}`).join(' ')}` };
    }
    case 'LABEL': {
      const pairs = expandPairs(ins.args, vars, esc, where, 'LABEL');
      const labels = Object.assign(Object.create(null), c.Labels ?? {}) as Record<string, string>;
      for (const [k, v] of pairs) labels[k] = v ?? '';
      c.Labels = labels;
      return { config: c, createdBy: `LABEL ${pairs.map(([k, v]) => `${k}=${v ?? ''}`).join(' ')}` };
    }
    case 'EXPOSE': {
      const ports = Object.assign(Object.create(null), c.ExposedPorts ?? {}) as Record<
        string,
        Record<string, never>
      >;
      const words = expandWords(ins.args, vars, esc, where);
      for (const w of words) {
        const m = /^(\d{1,5})(?:\/(tcp|udp|sctp))?$/i.exec(w);
        if (!m || Number(m[1]) > 65535) throw new BuildError(`${where}: invalid containerPort: ${w}`);
        ports[`${Number(m[1])}/${(m[2] ?? 'tcp').toLowerCase()}`] = {};
      }
      c.ExposedPorts = ports;
      return {
        config: c,
        createdBy: `EXPOSE map[${Object.keys(ports)
          .sort()
          .map((p) => `${p}:{}`)
          .join(' ')}]`,
      };
    }
    case 'USER': {
      const user = word();
      c.User = user;
      return { config: c, createdBy: `USER ${user}` };
    }
    case 'VOLUME': {
      const vols = Object.assign(Object.create(null), c.Volumes ?? {}) as Record<
        string,
        Record<string, never>
      >;
      const list = ins.json ?? expandWords(ins.args, vars, esc, where);
      for (const v of list) {
        if (v.trim() === '') throw new BuildError(`${where}: VOLUME specified can not be an empty string`);
        vols[v] = {};
      }
      c.Volumes = vols;
      return { config: c, createdBy: `VOLUME ${goList(list)}` };
    }
    case 'STOPSIGNAL': {
      const sig = word();
      if (!/^(SIG[A-Z0-9]+|[A-Z0-9]+|\d{1,2})$/.test(sig))
        throw new BuildError(`${where}: invalid signal: ${sig}`);
      c.StopSignal = sig;
      return { config: c, createdBy: `STOPSIGNAL ${sig}` };
    }
    case 'CMD': {
      c.Cmd = commandOf(ins, shell);
      return { config: c, createdBy: `CMD ${goList(c.Cmd)}` };
    }
    case 'ENTRYPOINT': {
      c.Entrypoint = commandOf(ins, shell);
      // Docker: a new ENTRYPOINT drops the CMD inherited from the base (a CMD later in the file stays).
      delete c.Cmd;
      return { config: c, createdBy: `ENTRYPOINT ${goList(c.Entrypoint)}` };
    }
    case 'SHELL': {
      if (!ins.json || ins.json.length === 0)
        throw new BuildError(`${where}: SHELL requires the arguments to be in JSON form`);
      return { config: c, createdBy: `SHELL ${goList(ins.json)}`, shell: ins.json };
    }
    case 'MAINTAINER': {
      const author = word();
      return { config: c, createdBy: `MAINTAINER ${author}`, author };
    }
    default:
      throw new BuildError(`${where}: ${ins.keyword} is not a metadata instruction`);
  }
}

/** Every config key, present (undefined when unset) so a new image replaces all of its base's. */
export function fullConfig(c: ContainerConfig): ContainerConfig {
  const keys = [
    'User',
    'ExposedPorts',
    'Env',
    'Entrypoint',
    'Cmd',
    'Volumes',
    'WorkingDir',
    'Labels',
    'StopSignal',
  ];
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = (c as Record<string, unknown>)[k];
  return out as ContainerConfig;
}

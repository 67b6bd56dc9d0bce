// Host zone: a parsed Containerfile split into build stages — the global ARGs before the first FROM,
// then one stage per FROM (`FROM image [AS name]`) with its instructions — and the options a build
// takes, validated (unknown keys rejected, as every resource config in tsvirt).

import type { Digest } from '../digest.js';
import { BuildError, type Instruction } from './parser.js';

/** One `FROM … [AS name]` and what follows it up to the next FROM. */
export interface StageDef {
  index: number;
  /** The lower-cased name given with `AS`, if any. */
  name: string | undefined;
  from: Instruction;
  steps: Instruction[];
}

/** The file as stages, plus the ARGs declared before the first FROM. */
export interface StagePlan {
  globalArgs: Instruction[];
  stages: StageDef[];
}

const STAGE_NAME = /^[a-z][a-z0-9_.-]*$/;

/** Splits instructions into stages; the FROM's `AS name` is split off its image words here. */
export function planStages(instructions: readonly Instruction[], file: string): StagePlan {
  const globalArgs: Instruction[] = [];
  const stages: StageDef[] = [];
  for (const ins of instructions) {
    const where = `${file}:${ins.line}`;
    if (ins.keyword === 'FROM') {
      const words = ins.args.split(/\s+/);
      let name: string | undefined;
      if (words.length === 3 && words[1]?.toUpperCase() === 'AS') {
        name = (words[2] as string).toLowerCase();
        if (!STAGE_NAME.test(name))
          throw new BuildError(`${where}: invalid name for build stage: "${words[2]}"`);
        if (stages.some((s) => s.name === name))
          throw new BuildError(`${where}: duplicate stage name "${name}"`);
      } else if (words.length !== 1) {
        throw new BuildError(`${where}: FROM requires either one or three arguments`);
      }
      for (const f of ins.flags.keys())
        if (f !== 'platform') throw new BuildError(`${where}: unknown flag: --${f}`);
      stages.push({ index: stages.length, name, from: { ...ins, args: words[0] as string }, steps: [] });
      continue;
    }
    const stage = stages[stages.length - 1];
    if (stage === undefined) {
      if (ins.keyword !== 'ARG')
        throw new BuildError(`${where}: no build stage in current context (${ins.keyword} before FROM)`);
      globalArgs.push(ins);
    } else stage.steps.push(ins);
  }
  if (stages.length === 0) throw new BuildError(`${file}: the file has no FROM instruction`);
  return { globalArgs, stages };
}

/** Finds a stage by name (case-insensitive) or index; undefined when it names no stage. */
export function findStage(plan: StagePlan, ref: string, before: number): StageDef | undefined {
  const byName = plan.stages.find((s) => s.name === ref.toLowerCase() && s.index < before);
  if (byName) return byName;
  if (/^\d+$/.test(ref)) {
    const i = Number(ref);
    if (i >= before) return undefined;
    return plan.stages[i];
  }
  return undefined;
}

/** How a library caller asks for a build. */
export interface BuildOptions {
  /** The build context: a host directory. */
  context: string;
  /** The Containerfile (host path, relative to the cwd; default `<context>/Containerfile`, else `<context>/Dockerfile`). */
  file?: string;
  /** `name[:tag]` references for the result. */
  tags?: readonly string[];
  /** Values for ARGs (`--build-arg`). */
  buildArgs?: Readonly<Record<string, string>>;
  /** Ignore the layer cache (results still fill it). */
  noCache?: boolean;
  /** Build up to this stage (its name or index) instead of the last. */
  target?: string;
  /** Called for each step, cache hit, RUN output and warning. */
  onProgress?: (event: BuildEvent) => void;
}

/** What a build reports as it goes. */
export type BuildEvent =
  | { type: 'step'; step: number; label: string; text: string }
  | { type: 'cached'; step: number }
  | { type: 'done'; step: number; ms: number }
  | { type: 'output'; step: number; stream: 'stdout' | 'stderr'; data: Uint8Array }
  | { type: 'warning'; message: string };

const OPTION_KEYS = new Set(['context', 'file', 'tags', 'buildArgs', 'noCache', 'target', 'onProgress']);

/** Checks a BuildOptions object from an untyped caller. */
export function checkBuildOptions(o: unknown): BuildOptions {
  if (typeof o !== 'object' || o === null) throw new TypeError('build options must be an object');
  const r = o as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!OPTION_KEYS.has(k)) throw new TypeError(`unknown build option "${k}"`);
  if (typeof r.context !== 'string' || r.context === '')
    throw new TypeError('build option "context" must be a path');
  if (r.file !== undefined && typeof r.file !== 'string')
    throw new TypeError('build option "file" must be a path');
  if (r.tags !== undefined && (!Array.isArray(r.tags) || !r.tags.every((t) => typeof t === 'string')))
    throw new TypeError('build option "tags" must be an array of strings');
  if (r.buildArgs !== undefined) {
    const a = r.buildArgs;
    if (typeof a !== 'object' || a === null || !Object.values(a).every((v) => typeof v === 'string'))
      throw new TypeError('build option "buildArgs" must be an object of strings');
  }
  if (r.noCache !== undefined && typeof r.noCache !== 'boolean')
    throw new TypeError('build option "noCache" must be a boolean');
  if (r.target !== undefined && typeof r.target !== 'string')
    throw new TypeError('build option "target" must be a string');
  if (r.onProgress !== undefined && typeof r.onProgress !== 'function')
    throw new TypeError('build option "onProgress" must be a function');
  return r as unknown as BuildOptions;
}

/** What a RUN step asks the kernel for: a container of `image` running `argv`. */
export interface RunRequest {
  /** The step's parent image (manifest digest). */
  image: Digest;
  argv: string[];
  env: string[];
  workdir: string;
  user: string | undefined;
  onOutput: (stream: 'stdout' | 'stderr', data: Uint8Array) => void;
}

/** The RUN's result: its exit code and, when it succeeded, its writable layer as a tar. */
export interface RunResult {
  exitCode: number;
  layer: Uint8Array | undefined;
}

/** Runs a RUN step in a build container (the kernel provides it). */
export type RunStep = (req: RunRequest) => Promise<RunResult>;

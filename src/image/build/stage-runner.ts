// Host zone: one build stage, instruction by instruction — ARG scoping (global ARGs before the first
// FROM, per-stage ARGs, `--build-arg` overrides), variable substitution, and the executors: FROM,
// metadata instructions, WORKDIR, COPY/ADD and RUN. Each step goes through `step()`: the cache
// lookup, the new image in the store, the progress events.

import { posix } from 'node:path';
import type { Digest } from '../digest.js';
import { IMAGE_ERROR, ImageError } from '../errors.js';
import type { ContainerConfig } from '../oci.js';
import { normalizeTag } from '../reference.js';
import type { ImageStore } from '../store.js';
import { writeLayerTar } from '../tar-writer.js';
import { emptyTree, type MergedTree } from '../tree.js';
import type { BuildCache } from './cache.js';
import { copyLayer, inlineFiles, missingDirs } from './copy.js';
import { applyMeta, commandOf, fullConfig, META_KEYWORDS } from './meta.js';
import { BuildError, type Instruction } from './parser.js';
import { type BuildEvent, findStage, type RunStep, type StageDef, type StagePlan } from './stages.js';
import { expandPairs, expandVars, expandWord, expandWords, type Vars } from './substitute.js';

/** What the runner needs from the build. */
export interface StageRunnerDeps {
  store: ImageStore;
  cache: BuildCache;
  plan: StagePlan;
  escape: string;
  file: string;
  context: MergedTree;
  buildArgs: ReadonlyMap<string, string>;
  noCache: boolean;
  emit: (e: BuildEvent) => void;
  run: RunStep;
}

/** A stage's state between steps. */
interface State {
  /** The current image (manifest digest); undefined on `scratch` before any step. */
  image: Digest | undefined;
  config: ContainerConfig;
  args: Map<string, string | undefined>;
  shell: string[];
  author: string | undefined;
  /** A CMD was set in this stage (a later ENTRYPOINT keeps it). */
  cmdSet: boolean;
  label: (i: number) => string;
  /** The next step's number within the stage (FROM is 1). */
  index: number;
  /** The stage's index in the file (COPY --from may name only earlier stages). */
  stage: number;
}

/** What a step produces when it is not cached. */
interface StepOutput {
  config: ContainerConfig;
  layer: Uint8Array | undefined;
}

const COPY_FLAGS: Record<string, readonly string[]> = {
  COPY: ['from', 'chown', 'chmod'],
  ADD: ['chown', 'chmod'],
};

export class StageRunner {
  private stepNo = 0;
  private readonly results = new Map<number, Digest>();
  private readonly globalArgs = new Map<string, string | undefined>();
  private readonly declared = new Set<string>();

  constructor(private readonly d: StageRunnerDeps) {
    for (const ins of d.plan.globalArgs) {
      const where = `${d.file}:${ins.line}`;
      const vars: Vars = (n) => this.globalArgs.get(n);
      for (const [k, v] of expandPairs(ins.args, vars, d.escape, where, 'ARG')) {
        this.declared.add(k);
        this.globalArgs.set(k, d.buildArgs.get(k) ?? v);
      }
    }
  }

  /** Build args given but declared by no ARG (Docker warns about them). */
  unusedBuildArgs(): string[] {
    return [...this.d.buildArgs.keys()].filter((k) => !this.declared.has(k)).sort();
  }

  /** Runs a stage; returns its final image. */
  async runStage(stage: StageDef): Promise<Digest> {
    const total = 1 + stage.steps.filter((s) => s.keyword !== 'ARG').length;
    const multi = this.d.plan.stages.length > 1;
    const name = stage.name ?? `stage-${stage.index}`;
    const state: State = {
      image: undefined,
      config: {},
      args: new Map(),
      shell: ['/bin/sh', '-c'],
      author: undefined,
      cmdSet: false,
      label: (i) => `[${multi ? `${name} ` : ''}${Math.min(i, total)}/${total}]`,
      index: 1,
      stage: stage.index,
    };
    await this.from(stage, state);
    for (const ins of stage.steps) await this.exec(ins, state);
    if (state.image === undefined) {
      // `FROM scratch` and nothing else: an image with no layers (cached, so its ID is stable).
      await this.step(state, 'FROM scratch', undefined, `${this.d.file}:${stage.from.line}`, async () => ({
        config: state.config,
        layer: undefined,
      }));
    }
    const image = state.image as unknown as Digest;
    this.results.set(stage.index, image);
    return image;
  }

  private async from(stage: StageDef, state: State): Promise<void> {
    const where = `${this.d.file}:${stage.from.line}`;
    const ref = expandWord(stage.from.args, (n) => this.globalArgs.get(n), this.d.escape, where);
    if (ref === '') throw new BuildError(`${where}: base name (${stage.from.args}) should not be blank`);
    const n = ++this.stepNo;
    const t0 = performance.now();
    this.d.emit({ type: 'step', step: n, label: state.label(state.index++), text: `FROM ${ref}` });
    if (ref.toLowerCase() !== 'scratch') {
      const prior = findStage(this.d.plan, ref, stage.index);
      if (prior) state.image = this.results.get(prior.index);
      else {
        try {
          state.image = (await this.d.store.resolve(ref)).manifestDigest;
        } catch (e) {
          if (!(e instanceof ImageError)) throw e;
          // Docker's words, as `run` says them; there is no registry to pull from.
          const why =
            e.code === IMAGE_ERROR.notFound
              ? `unable to find image '${displayRef(ref)}' locally (tsvirt does not pull images)`
              : e.message;
          throw new BuildError(`${where}: FROM ${ref}: ${why}`);
        }
      }
      if (state.image === undefined) throw new BuildError(`${where}: FROM ${ref}: stage not built`);
      state.config = { ...(await this.d.store.resolve(state.image)).config.config };
    }
    this.d.emit({ type: 'done', step: n, ms: performance.now() - t0 });
  }

  /** Variables for substitution: the stage's ENV over its ARGs. */
  private vars(state: State): Vars {
    return (name) => {
      for (const e of state.config.Env ?? []) if (e.startsWith(`${name}=`)) return e.slice(name.length + 1);
      return state.args.get(name);
    };
  }

  private async exec(ins: Instruction, state: State): Promise<void> {
    const where = `${this.d.file}:${ins.line}`;
    const vars = this.vars(state);
    if (ins.keyword === 'ARG') {
      for (const [k, v] of expandPairs(ins.args, vars, this.d.escape, where, 'ARG')) {
        this.declared.add(k);
        state.args.set(k, this.d.buildArgs.get(k) ?? v ?? this.globalArgs.get(k));
      }
      return;
    }
    if (META_KEYWORDS.has(ins.keyword)) {
      const change = applyMeta(ins, state.config, vars, state.shell, this.d.escape, where);
      if (ins.keyword === 'ENTRYPOINT' && state.cmdSet && state.config.Cmd)
        change.config.Cmd = state.config.Cmd;
      if (ins.keyword === 'CMD') state.cmdSet = true;
      if (change.shell) state.shell = change.shell;
      if (change.author !== undefined) state.author = change.author;
      await this.step(state, change.createdBy, undefined, where, async () => ({
        config: change.config,
        layer: undefined,
      }));
      state.config = change.config;
      return;
    }
    switch (ins.keyword) {
      case 'WORKDIR':
        return this.workdir(ins, state, where);
      case 'COPY':
      case 'ADD':
        return this.copy(ins, state, where);
      case 'RUN':
        return this.runStep(ins, state, where);
      default:
        throw new BuildError(`${where}: ${ins.keyword} is not supported by tsvirt build`);
    }
  }

  private tree(state: State): Promise<MergedTree> {
    return state.image === undefined ? Promise.resolve(emptyTree()) : this.d.store.mergedTree(state.image);
  }

  private async workdir(ins: Instruction, state: State, where: string): Promise<void> {
    const path = posix.resolve(
      state.config.WorkingDir || '/',
      expandWord(ins.args, this.vars(state), this.d.escape, where),
    );
    const config = { ...state.config, WorkingDir: path };
    await this.step(state, `WORKDIR ${path}`, undefined, where, async () => {
      const dirs = missingDirs(await this.tree(state), path);
      return { config, layer: dirs ? await writeLayerTar(dirs) : undefined };
    });
    state.config = config;
  }

  private async copy(ins: Instruction, state: State, where: string): Promise<void> {
    const keyword = ins.keyword as 'COPY' | 'ADD';
    for (const f of ins.flags.keys())
      if (!COPY_FLAGS[keyword]?.includes(f)) throw new BuildError(`${where}: unknown flag: --${f}`);
    const vars = this.vars(state);
    const words = ins.json
      ? ins.json.map((w) => expandWord(w, vars, this.d.escape, where))
      : expandWords(ins.args, vars, this.d.escape, where);
    if (words.length < 2) throw new BuildError(`${where}: ${keyword} requires at least two arguments`);
    const fromRef = ins.flags.get('from');
    const dest = words[words.length - 1] as string;
    let sources = words.slice(0, -1);
    let from: MergedTree;
    if (ins.heredocs.length > 0) {
      // `COPY <<EOF /dest`: each here-document is an inline file named after it.
      if (fromRef !== undefined || sources.length !== ins.heredocs.length)
        throw new BuildError(`${where}: ${keyword}: here-documents cannot be mixed with other sources`);
      from = inlineFiles(ins.heredocs, (body) => expandVars(body, vars, this.d.escape, where));
      sources = ins.heredocs.map((h) => h.name);
    } else from = fromRef === undefined ? this.d.context : await this.fromTree(fromRef, state, where);
    const result = await copyLayer({
      keyword,
      from,
      sources,
      dest,
      workdir: state.config.WorkingDir || '/',
      target: await this.tree(state),
      chown: ins.flags.get('chown'),
      chmod: ins.flags.get('chmod'),
      limits: this.d.store.limits,
      where,
    });
    const flags = [...ins.flags].map(([k, v]) => `--${k}=${v} `).join('');
    const createdBy = `${keyword} ${flags}${sources.join(' ')} ${dest}`;
    await this.step(state, createdBy, result.inputs, where, async () => ({
      config: state.config,
      layer: await writeLayerTar(result.layer),
    }));
  }

  /** The root a `COPY --from` reads: an earlier stage's, or an image's. */
  private async fromTree(ref: string, state: State, where: string): Promise<MergedTree> {
    const stage = findStage(this.d.plan, ref, state.stage);
    const built = stage ? this.results.get(stage.index) : undefined;
    if (stage && built === undefined)
      throw new BuildError(`${where}: COPY --from=${ref}: stage is not built before this one`);
    try {
      return await this.d.store.mergedTree(built ?? ref);
    } catch (e) {
      if (e instanceof ImageError) throw new BuildError(`${where}: COPY --from=${ref}: ${e.message}`);
      throw e;
    }
  }

  private async runStep(ins: Instruction, state: State, where: string): Promise<void> {
    for (const f of ins.flags.keys())
      throw new BuildError(`${where}: RUN --${f} is not supported by tsvirt build`);
    let argv = commandOf(ins, state.shell);
    const doc = ins.heredocs[0];
    if (doc !== undefined) {
      // `RUN <<EOF` runs the document as a shell script; a document fed to a command's stdin is not supported.
      if (ins.heredocs.length > 1 || !/^<<-?(["']?)[A-Za-z_][A-Za-z0-9_]*\1$/.test(ins.args))
        throw new BuildError(
          `${where}: RUN: a here-document is only supported as the whole command (RUN <<EOF)`,
        );
      argv = [...state.shell, doc.body];
    }
    const env = [...(state.config.Env ?? [])];
    const argPairs: string[] = [];
    for (const [k, v] of state.args) {
      if (v === undefined) continue;
      argPairs.push(`${k}=${v}`);
      if (!env.some((e) => e.startsWith(`${k}=`))) env.push(`${k}=${v}`);
    }
    // Docker records the build args a RUN saw (`|1 V=2 /bin/sh -c …`): they are part of its cache key.
    const prefix = argPairs.length ? `|${argPairs.length} ${argPairs.join(' ')} ` : '';
    const createdBy = `RUN ${prefix}${argv.join(' ')}`;
    await this.step(
      state,
      createdBy,
      undefined,
      where,
      async (n) => {
        if (state.image === undefined)
          throw new BuildError(`${where}: RUN on an empty scratch image: nothing to run`);
        let r: Awaited<ReturnType<RunStep>>;
        try {
          r = await this.d.run({
            image: state.image,
            argv,
            env,
            workdir: state.config.WorkingDir || '/',
            user: state.config.User || undefined,
            onOutput: (stream, data) => this.d.emit({ type: 'output', step: n, stream, data }),
          });
        } catch (e) {
          // The build container could not be made (an unknown USER, say): the kernel says why.
          if (e instanceof BuildError) throw new BuildError(`${where}: RUN ${ins.args}: ${e.message}`);
          throw e;
        }
        if (r.exitCode !== 0) {
          throw new BuildError(
            `${where}: RUN ${ins.args}: process "${argv.join(' ')}" did not complete successfully: exit code: ${r.exitCode}`,
            r.exitCode,
          );
        }
        return { config: state.config, layer: r.layer };
      },
      `RUN ${ins.args}`,
    );
  }

  /** One step: from the cache when its key matches, else produced and stored as a new image. */
  private async step(
    state: State,
    createdBy: string,
    inputs: string | undefined,
    where: string,
    produce: (step: number) => Promise<StepOutput>,
    display = createdBy,
  ): Promise<void> {
    const n = ++this.stepNo;
    const t0 = performance.now();
    this.d.emit({ type: 'step', step: n, label: state.label(state.index++), text: display });
    const key = { parent: state.image ?? 'scratch', instruction: createdBy, ...(inputs ? { inputs } : {}) };
    const hit = this.d.noCache ? undefined : await this.d.cache.get(key);
    if (hit !== undefined) {
      state.image = hit;
      this.d.emit({ type: 'cached', step: n });
      return;
    }
    const out = await produce(n);
    const created = new Date().toISOString();
    try {
      const img = await this.d.store.createImage({
        ...(state.image !== undefined ? { base: state.image } : {}),
        layers: out.layer ? [out.layer] : [],
        config: fullConfig(out.config),
        history: [{ created, created_by: createdBy, ...(out.layer ? {} : { empty_layer: true }) }],
        created,
        ...(state.author !== undefined ? { author: state.author } : {}),
        intermediate: true,
      });
      state.image = img.manifestDigest;
    } catch (e) {
      if (e instanceof ImageError) throw new BuildError(`${where}: ${e.message}`);
      throw e;
    }
    await this.d.cache.put(key, state.image);
    this.d.emit({ type: 'done', step: n, ms: performance.now() - t0 });
  }
}

/** `name:tag` for a reference that parses as one, else the reference as given. */
function displayRef(ref: string): string {
  try {
    return normalizeTag(ref);
  } catch {
    return ref;
  }
}

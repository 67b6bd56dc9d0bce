// Host zone: the builder's public surface — `buildImage` and the types a caller (the kernel, the CLI,
// a library user) needs.

export { type BuildResult, buildImage, pruneBuildCache } from './builder.js';
export { IgnoreMatcher } from './ignore.js';
export { BuildError, type Instruction, parseContainerfile } from './parser.js';
export type { BuildEvent, BuildOptions, RunRequest, RunResult, RunStep } from './stages.js';

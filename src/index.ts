// Host zone: the library's public API. `import { Kernel } from 'tsvirt'`.

export type { ContainerStats } from './cgroup/cgroup.js';
export {
  type CallOptions,
  DaemonClient,
  DaemonError,
  DaemonUnavailableError,
  defaultSocket,
} from './daemon/client.js';
export {
  BuildError,
  type BuildEvent,
  type BuildOptions,
  type BuildResult,
  ImageStore,
  pruneBuildCache,
  type ResolvedImage,
} from './image/index.js';
export { Container, type ContainerImage, type ContainerState, type ProcessInfo } from './kernel/container.js';
export { type ExecOptions, ExecProcess } from './kernel/exec-session.js';
export type { CommitOptions } from './kernel/image-commit.js';
export { Kernel, type KernelOptions } from './kernel/kernel.js';
export {
  type BindMount,
  type ContainerSpec,
  type Limits,
  type MountSpec,
  SpecError,
  type TmpfsMount,
} from './kernel/spec.js';
export type { ExitStatus } from './kernel/task.js';
export { quarantinedIsolates } from './platform/isolate.js';

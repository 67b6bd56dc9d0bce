// Host zone: the library's public API. `import { Kernel } from 'tsvirt'`.

export { Container, type ContainerState } from './kernel/container.js';
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

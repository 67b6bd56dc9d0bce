// Host zone: a build's RUN step as a real container — created from the step's parent image with the
// stage's env, workdir and user, its output streamed to the build's progress, and, when it exits 0,
// its writable layer taken as the step's layer (the commit path's layer tar). The container is
// removed either way.

import { BuildError, type RunRequest, type RunResult } from '../image/index.js';
import type { Container } from './container.js';
import { type ContainerSpec, SpecError } from './spec.js';

/** The kernel calls a build step needs. */
export interface BuildHost {
  create(spec: ContainerSpec): Promise<Container>;
  remove(container: Container): void;
}

/** Runs one RUN step in a build container. */
export async function runBuildStep(kernel: BuildHost, req: RunRequest): Promise<RunResult> {
  const c = await kernel
    .create({
      image: req.image,
      entrypoint: [],
      cmd: req.argv,
      env: req.env,
      workdir: req.workdir,
      ...(req.user !== undefined ? { user: req.user } : {}),
    })
    .catch((e: unknown) => {
      throw e instanceof SpecError ? new BuildError(e.message) : e;
    });
  try {
    c.stdout.on('data', (d: Buffer) => req.onOutput('stdout', d));
    c.stderr.on('data', (d: Buffer) => req.onOutput('stderr', d));
    await c.start();
    const status = await c.wait();
    const exitCode = status.exitCode ?? 128;
    return { exitCode, layer: exitCode === 0 ? await c.layerTar() : undefined };
  } finally {
    if (c.state === 'running') {
      c.kill('SIGKILL');
      await c.wait();
    }
    kernel.remove(c);
  }
}

// Guest zone: node:worker_threads for the main thread: every process is one isolate with no threads,
// so this is always the main thread; starting a Worker fails clearly. MessageChannel and friends work
// within the process (internal/message-port.ts).

import { notImplemented } from '../internal/errors.js';

declare const require: (id: string) => unknown;

const environmentData = new Map<unknown, unknown>();

class Worker {
  constructor() {
    throw notImplemented('worker_threads.Worker (a process is one isolate; use child_process)');
  }
}

function channel(): { MessageChannel?: unknown; MessagePort?: unknown; BroadcastChannel?: unknown } {
  return globalThis as unknown as Record<string, unknown>;
}

export default {
  isMainThread: true,
  parentPort: null,
  workerData: null,
  threadId: 0,
  resourceLimits: {},
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  get MessageChannel() {
    return channel().MessageChannel;
  },
  get MessagePort() {
    return channel().MessagePort;
  },
  get BroadcastChannel() {
    return channel().BroadcastChannel;
  },
  getEnvironmentData: (key: unknown) => environmentData.get(key),
  setEnvironmentData(key: unknown, value: unknown): void {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  },
  markAsUntransferable: (_obj: unknown) => undefined,
  isMarkedAsUntransferable: (_obj: unknown) => false,
  moveMessagePortToContext(): never {
    throw notImplemented('worker_threads.moveMessagePortToContext()');
  },
  receiveMessageOnPort: (port: unknown) =>
    (
      require('../internal/message-port.js') as typeof import('../internal/message-port.js')
    ).receiveMessageOnPort(port),
  get structuredClone() {
    return (globalThis as unknown as { structuredClone: unknown }).structuredClone;
  },
};

// Guest zone: the child's end of a fork() IPC channel: process.send, process.connected,
// process.disconnect, 'message' and 'disconnect' events. As in Node, the channel keeps the process
// alive only while someone listens for 'message' or 'disconnect'.

import type { Buffer as BufferType } from 'buffer';
import { offData, onData, start, sysTry } from './door.js';
import { nodeError, uvException } from './errors.js';
import { nextTick } from './loop.js';
import type { GuestProcess } from './process.js';

declare const require: (id: string) => unknown;

const queue = (fn: () => void) => nextTick(fn, []);

export function setupChildIpc(proc: GuestProcess, id: number): void {
  let connected = true;
  const op = start('ipc.recv', { id }, () => {}, queue);
  let refd = false;
  const setRef = (ref: boolean) => {
    if (ref === refd || op < 0) return;
    refd = ref;
    sysTry('op.ref', { id: op, ref });
  };
  setRef(false);
  const listening = () => proc.listenerCount('message') + proc.listenerCount('disconnect') > 0;
  proc.on('newListener', (ev: unknown) => {
    if (ev === 'message' || ev === 'disconnect') setRef(true);
  });
  proc.on('removeListener', () => setRef(listening()));

  const disconnect = () => {
    if (!connected) return;
    connected = false;
    sysTry('ipc.close', { id });
    offData(op);
    setRef(false);
    queue(() => proc.emit('disconnect'));
  };
  onData(op, (chunk) => {
    if (chunk === null) {
      disconnect();
      return;
    }
    proc.emit(
      'message',
      JSON.parse((require('buffer') as { Buffer: typeof BufferType }).Buffer.from(chunk).toString('utf8')),
    );
  });

  Object.defineProperty(proc, 'connected', { get: () => connected, enumerable: true, configurable: true });
  proc.send = (message: unknown, ...rest: unknown[]) => {
    const cb = rest.find((x) => typeof x === 'function') as ((err: Error | null) => void) | undefined;
    if (!connected) {
      const err = nodeError('ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
      if (cb) queue(() => cb(err));
      else queue(() => proc.emit('error', err));
      return false;
    }
    const r = sysTry('ipc.send', { id, message: JSON.stringify(message) });
    if (cb) queue(() => cb(r[0] ? uvException(r[0]) : null));
    return r[0] === null;
  };
  proc.disconnect = disconnect;
  proc.channel = { ref: () => setRef(true), unref: () => setRef(false) };
}

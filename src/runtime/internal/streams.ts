// Guest zone: Node's stream classes (readable-stream), loaded on first use with the runtime's fixes
// applied once. Loading readable-stream costs as much as the rest of the bootstrap, and a program that
// only prints through console never needs a stream.

declare const require: (id: string) => unknown;

type StreamModule = typeof import('readable-stream');

let mod: StreamModule | undefined;

export function streams(): StreamModule {
  if (mod) return mod;
  const m = require('readable-stream') as StreamModule;
  mod = m;
  (require('./writable-chunk.js') as { installWritableChunkRules(): void }).installWritableChunkRules();
  (
    require('./web-stream-adapters.js') as { installWebStreamAdapters(m: unknown): void }
  ).installWebStreamAdapters(m);
  return m;
}

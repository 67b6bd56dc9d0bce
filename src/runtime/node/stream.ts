// Guest zone: node:stream, from readable-stream (Node's own streams, published for other runtimes).

import * as rs from 'readable-stream';
import { streams } from '../internal/streams.js';

// The runtime's fixes (Node's chunk rules, the web stream adapters) go in before a program sees them.
streams();

const mod = rs as unknown as Record<string, unknown> & { Stream: unknown; promises: unknown };
const Stream = mod.Stream as Record<string, unknown>;
for (const [k, v] of Object.entries(mod)) if (!(k in Stream)) Stream[k] = v;
Stream.Stream = Stream;

export default Stream;

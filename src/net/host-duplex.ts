// Host zone: a node:stream Duplex over a virtual connection end, so the host's own HTTP implementation
// (node:http's parser, chunked coding, keep-alive) can run over the in-memory network.

import { Duplex } from 'node:stream';
import type { Endpoint } from './endpoint.js';

/**
 * Wraps `ep`. Like a net.Socket it reads from the start (so an idle pooled connection still sees the
 * peer's FIN and closes), pausing the end when the readable buffer is full; writes wait for drain.
 */
export function endpointDuplex(ep: Endpoint, allowHalfOpen: boolean): Duplex {
  let reader: { pause(): void; resume(): void; close(): void } | null = null;
  const d = new Duplex({
    allowHalfOpen,
    read() {
      reader?.resume();
    },
    write(chunk: Buffer, _enc, cb) {
      let ok: boolean;
      try {
        ok = ep.write(chunk);
      } catch (err) {
        cb(err as Error);
        return;
      }
      if (ok) cb();
      else ep.waitDrain(() => cb());
    },
    final(cb) {
      ep.end();
      cb();
    },
    destroy(err, cb) {
      reader?.close();
      ep.close();
      cb(err);
    },
  });
  reader = ep.read((chunk) => {
    if (chunk === null) {
      d.push(null);
      // As net.Socket does at EOF: let 'end' fire even when nobody is consuming.
      d.read(0);
      return;
    }
    if (!d.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))) reader?.pause();
  });
  // node:http reads these off its socket for req.socket.remoteAddress and logging.
  Object.assign(d, {
    remoteAddress: ep.remote.address,
    remotePort: ep.remote.port,
    localAddress: ep.local.address,
    localPort: ep.local.port,
    remoteFamily: 'IPv4',
    setNoDelay: () => d,
    setKeepAlive: () => d,
    setTimeout: () => d,
    ref: () => d,
    unref: () => d,
  });
  return d;
}

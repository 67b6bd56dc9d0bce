// Host zone: the net family: listeners and stream sockets of the container's network namespace,
// named by per-process integer ids, and name resolution. Bytes written and read are counted into the
// container's cgroup.

import { dialEndpoint } from '../../net/dial.js';
import type { Endpoint } from '../../net/endpoint.js';
import { bindListener } from '../../net/host-mode.js';
import type { Listener } from '../../net/network.js';
import { Errno, fail } from '../errno.js';
import type { Task } from '../task.js';
import { bytes, int, optional, record, str } from '../validate.js';
import { HandleTable, perTask } from './handles.js';
import type { SyscallFamily } from './types.js';

/** The process's socket table (http upgrades hand their connection over as a socket id). */
export const sockets = perTask(() => new HandleTable<Endpoint>((ep) => ep.close()));
const listeners = perTask(() => new HandleTable<Listener>((l) => l.close()));

const hostName = (v: unknown): string => {
  const s = str(v);
  return s.length > 253 || s.includes('\0') ? fail('EINVAL') : s;
};
const listenArgs = record({ host: hostName, port: int(0, 65535), backlog: optional(int(0, 65535)) });
const connectArgs = record({ host: hostName, port: int(0, 65535) });
const idArgs = record({ id: int(1) });
const writeArgs = record({ id: int(1), data: bytes });

function netOf(task: Task) {
  const net = task.container.net;
  return net ?? fail('ENETDOWN');
}

/** What the guest learns about a connected socket. */
function describe(id: number, ep: Endpoint) {
  return {
    id,
    localAddress: ep.local.address,
    localPort: ep.local.port,
    remoteAddress: ep.remote.address,
    remotePort: ep.remote.port,
  };
}

export const netSyscalls: SyscallFamily = {
  'net.listen': {
    support: 'partial',
    note: 'IPv4 only; "::" binds the IPv4 wildcard',
    errName: 'listen',
    sync(task, a) {
      const { host, port, backlog } = listenArgs(a);
      const { ns } = netOf(task);
      const address = host === '::' || host === '' ? '0.0.0.0' : host;
      const l = bindListener(ns, address, port, Math.max(1, Math.min(backlog ?? 511, 4096)));
      const id = listeners(task).open(l);
      return { id, address: l.address, port: l.port };
    },
  },
  'net.accept': {
    support: 'full',
    errName: 'accept',
    async(task, a, op) {
      const l = listeners(task).get(idArgs(a).id);
      l.accept((ep) => {
        if (!ep) {
          op.done(null, null);
          return;
        }
        if (op.finished || !task.alive) {
          ep.close();
          return;
        }
        try {
          const sid = sockets(task).open(ep);
          op.done(null, describe(sid, ep));
        } catch {
          op.done({ code: 'EMFILE', syscall: 'accept' });
        }
      });
    },
  },
  'net.unlisten': {
    support: 'full',
    errName: 'close',
    sync(task, a) {
      listeners(task).close(idArgs(a).id);
      return null;
    },
  },
  'net.connect': {
    support: 'partial',
    note: 'IPv4 only; outside the container networks only what the egress policy allows',
    errName: 'connect',
    async(task, a, op) {
      const { host, port } = connectArgs(a);
      const { ns, sw } = netOf(task);
      dialEndpoint(sw, ns, host, port).then(
        (ep) => {
          if (op.finished || !task.alive) return ep.close();
          try {
            op.done(null, describe(sockets(task).open(ep), ep));
          } catch {
            ep.close();
            op.done({ code: 'EMFILE', syscall: 'connect' });
          }
        },
        (err: unknown) => {
          if (!op.finished)
            op.done(err instanceof Errno ? err.toWire('connect') : { code: 'EIO', syscall: 'connect' });
        },
      );
    },
  },
  'net.read': {
    support: 'full',
    errName: 'read',
    async(task, a, op) {
      const ep = sockets(task).get(idArgs(a).id);
      const cg = task.container.cgroup;
      const handle = ep.read((chunk) => {
        if (chunk && cg) cg.netRxBytes += chunk.byteLength;
        op.data(chunk);
        if (chunk === null) task.streams.delete(op.id);
      });
      task.streams.set(op.id, { handle, op });
    },
  },
  'net.write': {
    support: 'full',
    errName: 'write',
    sync(task, a) {
      const { id, data } = writeArgs(a);
      const ok = sockets(task).get(id).write(data);
      const cg = task.container.cgroup;
      if (cg) cg.netTxBytes += data.byteLength;
      return ok;
    },
  },
  'net.waitDrain': {
    support: 'full',
    errName: 'write',
    async(task, a, op) {
      sockets(task)
        .get(idArgs(a).id)
        .waitDrain(() => op.done(null));
    },
  },
  'net.shutdown': {
    support: 'full',
    errName: 'shutdown',
    sync(task, a) {
      sockets(task).get(idArgs(a).id).end();
      return null;
    },
  },
  'net.close': {
    support: 'full',
    errName: 'close',
    sync(task, a) {
      sockets(task).close(idArgs(a).id);
      return null;
    },
  },
  'net.resolve': {
    support: 'partial',
    note: 'container names, aliases, localhost, the hostname and allowed egress names; /etc/hosts is read by the runtime',
    errName: 'getaddrinfo',
    async(task, a, op) {
      const { name } = record({ name: hostName })(a);
      const { ns, sw } = netOf(task);
      const local = sw.resolve(ns, name);
      // The host's resolver is asked only about names the egress policy allows (nothing else leaks).
      if (local.length > 0) return op.done(null, local);
      if (!ns.egress?.allowsName(name)) {
        ns.egressDenied++;
        return op.done(null, local);
      }
      ns.egress.resolve(name).then(
        (found) => !op.finished && op.done(null, found),
        () => !op.finished && op.done(null, []),
      );
    },
  },
  'net.interfaces': {
    support: 'full',
    sync(task) {
      const { ns } = netOf(task);
      return ns.attachments.map((x) => ({
        address: x.address,
        network: x.network.name,
        prefix: Number(x.network.subnet.split('/')[1]),
      }));
    },
  },
};

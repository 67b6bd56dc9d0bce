// Guest zone: node:https, client side: http.ClientRequest over TLS that the kernel terminates on the
// host (certificates verified there against `ca` or the host's roots), through the container's
// egress policy. Servers are not available: TLS for a container's server belongs in front of it.

import { notImplemented } from '../internal/errors.js';
import { ClientRequest, Agent as HttpAgent, type RequestOptions, requestArgs } from './http/client.js';

export class Agent extends HttpAgent {
  override defaultPort = 443;
  override protocol = 'https:';
}

/** Node 20's https global agent keeps connections alive. */
export const globalAgent = new Agent({ keepAlive: true });

export function request(a: unknown, b?: unknown, c?: unknown): ClientRequest {
  const [opts, cb] = requestArgs(a, b, c);
  return new ClientRequest({ ...(opts as RequestOptions), _defaultAgent: globalAgent }, cb);
}

export function get(a: unknown, b?: unknown, c?: unknown): ClientRequest {
  const req = request(a, b, c);
  req.end();
  return req;
}

const serverMissing = (what: string) => () => {
  throw notImplemented(`https.${what} (TLS servers are not available in containers; terminate TLS in front)`);
};

export default {
  Agent,
  globalAgent,
  request,
  get,
  createServer: serverMissing('createServer'),
  Server: serverMissing('Server'),
};

// Guest zone: node:http. HTTP/1.1 is framed on the host by Node's own node:http over the container's
// virtual network (see src/net/http-host.ts for why); this module is the guest-facing API over it.

import { notImplemented } from '../internal/errors.js';
import { Agent, ClientRequest, globalAgent, requestArgs } from './http/client.js';
import { IncomingMessage } from './http/incoming.js';
import { OutgoingMessage, ServerResponse, validateHeaderName, validateHeaderValue } from './http/outgoing.js';
import { Server } from './http/server.js';
import { METHODS, STATUS_CODES } from './http/status.js';

export function createServer(options?: unknown, listener?: unknown): Server {
  return new Server(options, listener);
}

export function request(a: unknown, b?: unknown, c?: unknown): ClientRequest {
  const [opts, cb] = requestArgs(a, b, c);
  return new ClientRequest(opts, cb);
}

export function get(a: unknown, b?: unknown, c?: unknown): ClientRequest {
  const req = request(a, b, c);
  req.end();
  return req;
}

export default {
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  METHODS,
  STATUS_CODES,
  createServer,
  request,
  get,
  globalAgent,
  maxHeaderSize: 16384,
  validateHeaderName,
  validateHeaderValue,
  setMaxIdleHTTPParsers: () => {
    throw notImplemented('http.setMaxIdleHTTPParsers');
  },
};

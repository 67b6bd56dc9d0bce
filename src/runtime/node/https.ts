// Guest zone: node:https. TLS and egress are not available inside containers yet: every entry point
// fails with a clear ERR_NOT_IMPLEMENTED instead of pretending.

import { notImplemented } from '../internal/errors.js';

const missing = (what: string) => () => {
  throw notImplemented(`https.${what} (TLS is not available in tsvirt containers yet)`);
};

export default {
  createServer: missing('createServer'),
  request: missing('request'),
  get: missing('get'),
  Agent: missing('Agent'),
  Server: missing('Server'),
};

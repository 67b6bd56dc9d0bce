// Guest zone: node:tls. TLS is not available inside containers yet; requiring the module works (so
// libraries that only use it for secure URLs load), and every entry point fails with ERR_NOT_IMPLEMENTED.

import { notImplemented } from '../internal/errors.js';

const missing = (what: string) => () => {
  throw notImplemented(`tls.${what} (TLS is not available in tsvirt containers yet)`);
};

export default {
  connect: missing('connect'),
  createServer: missing('createServer'),
  createSecureContext: missing('createSecureContext'),
  checkServerIdentity: missing('checkServerIdentity'),
  getCiphers: missing('getCiphers'),
  TLSSocket: missing('TLSSocket'),
  Server: missing('Server'),
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  DEFAULT_ECDH_CURVE: 'auto',
  rootCertificates: [] as string[],
};

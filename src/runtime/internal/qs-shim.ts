// Guest zone: what the `url` package's legacy API gets for `require('qs')`. Node's url.format and
// url.parse use node:querystring (an object query serialises as `b=`, not qs's nested `b[c]=1`), so
// the bundle answers with ours instead of the qs package and its dependencies (about 70 KiB of every
// isolate's runtime source).

import querystring from '../node/querystring.js';

/** qs.parse as the url package calls it: node:querystring's parse. */
export function parse(s: string): unknown {
  return querystring.parse(s);
}

/** qs.stringify as the url package calls it (arrays repeat the key, as node:querystring does). */
export function stringify(obj: unknown): string {
  return querystring.stringify(obj as Record<string, unknown>);
}

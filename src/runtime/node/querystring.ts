// Guest zone: node:querystring, from querystring-es3.

import qs from 'querystring-es3';

export default {
  ...qs,
  unescape: (s: string) => decodeURIComponent(s),
  escape: (s: string) => encodeURIComponent(s),
};

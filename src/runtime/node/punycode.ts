// Guest zone: node:punycode (deprecated in Node, still required by old packages), from `punycode`.

import punycode from 'punycode/';

export default punycode;

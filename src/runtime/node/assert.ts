// Guest zone: node:assert, from the `assert` package (a port of Node's).

import assert from 'assert';

export default assert;

// Guest zone: what the `assert` package gets for `require('util/')`: the util package with the runtime's
// inspect (Node 20's, loaded on first use), so assertion messages print values as Node 20 does (Maps,
// -0, `compact: false` one entry per line) instead of the util package's older inspect.

import { utilInspect } from '../../internal/inspect.js';

declare const require: (id: string) => { types: unknown };

export const inspect = utilInspect();
export const types = require('util/').types;

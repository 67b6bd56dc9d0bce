// node: builtins from ESM: default export is the module object, names are its keys.
import fs, { readFileSync } from 'node:fs';
import path from 'path';
import { join, basename } from 'node:path';
import { EventEmitter } from 'node:events';
import * as util from 'node:util';
import { readFile } from 'node:fs/promises';

console.log(typeof fs.readFileSync, readFileSync === fs.readFileSync);
console.log(join('a', 'b'), basename('/x/y.txt'), path.sep);
const e = new EventEmitter();
e.on('x', (v) => console.log('event', v));
e.emit('x', 42);
console.log(typeof util.format, typeof util.default.inspect);
console.log((await readFile('./builtins.mjs', 'utf8')).split('\n')[0]);

// No "type" field: a .js file with import/export syntax runs as ESM (Node 20.19+ detection).
import { readFileSync } from 'node:fs';
import { where } from './lib/untyped.js';
console.log(typeof readFileSync, where, typeof require, import.meta.url.endsWith('/app/detect.js'));

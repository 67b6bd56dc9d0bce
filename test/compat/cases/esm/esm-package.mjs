// An ESM-only package in node_modules ("type": "module", "main"), with a deep import and a .cjs file.
import pkg, { version } from 'esm-only';
import helper from 'esm-only/lib/helper.js';
import legacy from 'esm-only/lib/legacy.cjs';
console.log(pkg, version, helper(), legacy.kind);

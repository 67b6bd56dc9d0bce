// Package "exports" with import/require conditions, subpath patterns, and "imports" (#internal).
import { createRequire } from 'node:module';
import dual from 'dual';
import feature from 'dual/features/x';
import internal from '#internal';
const require = createRequire(import.meta.url);
console.log(dual, require('dual'), feature, internal);
try {
  await import('dual/secret');
} catch (err) {
  console.log(err.code);
}

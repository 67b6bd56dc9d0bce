// Guest zone: node:module: the CommonJS Module class with createRequire, builtinModules, isBuiltin.

import { Module } from '../internal/cjs-loader.js';

export default Module;

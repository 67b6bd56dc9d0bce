// The module object: id, filename, loaded, parent, children, paths; require.main.
const rel = (p) => (p ? p.split(process.cwd()).join('.') : p);
const child = require('./lib/child');
console.log(require.main === module, module.id, rel(module.filename), module.loaded);
console.log(module.children.map((m) => rel(m.id)), rel(child.parentId), child.isMain, child.loadedDuring);
console.log(module.paths[0] === process.cwd() + '/node_modules', module.paths.at(-1));
console.log(typeof module.require, module.require('./lib/child') === child);
setImmediate(() => console.log('loaded later:', module.loaded));

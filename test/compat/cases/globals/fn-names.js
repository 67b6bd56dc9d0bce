// Builtin functions carry their export names, as Node's do (fn.name).
const names = (m, keys) => keys.map((k) => `${k}=${m[k].name}`).join(' ');
const fs = require('fs');
console.log(names(fs, ['readFileSync', 'readFile', 'writeFileSync', 'statSync', 'existsSync', 'createReadStream', 'mkdirSync', 'readdir', 'exists']));
console.log(names(fs.promises, ['readFile', 'writeFile', 'stat', 'readdir']));
console.log(names(require('path'), ['join', 'resolve', 'dirname', 'basename']));
console.log(names(require('util'), ['promisify', 'inspect', 'format', 'inherits', 'deprecate']));
console.log(names(require('child_process'), ['spawn', 'exec', 'execSync', 'fork']));
console.log(names(require('os'), ['userInfo', 'cpus', 'tmpdir']));
console.log(names(Buffer, ['from', 'alloc', 'concat', 'isBuffer', 'byteLength', 'copyBytesFrom']));
console.log(names(Buffer.prototype, ['write', 'toString', 'readUInt8', 'readUint8', 'writeUInt32BE', 'fill', 'equals', 'indexOf']));

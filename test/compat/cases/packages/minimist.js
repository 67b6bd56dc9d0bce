const parse = require('minimist');
console.log(JSON.stringify(parse(process.argv.slice(2))));
console.log(JSON.stringify(parse(['-abc', '--no-color', '--n=5', '-x', '3', '--', '--rest'], { boolean: ['a'], string: ['n'], alias: { x: 'ex' } })));
console.log(JSON.stringify(parse(['--a.b', '1', '--list', 'x', '--list', 'y'], { default: { z: true } })));

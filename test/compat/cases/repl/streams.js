// node:repl over plain streams (no terminal): prompts, results, multi-line input, let across lines,
// top-level await, _ and _error, objects, errors, and the dot commands.
const { PassThrough } = require('stream');
const repl = require('repl');
const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => {
  out += d;
});
const r = repl.start({ input, output, prompt: '> ', terminal: false, useColors: false });
const lines = ['1 + 2', 'let a = 4', 'a * 2', 'function f() {', 'return 9 }', 'f()', '_ + 1', '{ x: 1, y: [1, 2] }', "'str'", 'await Promise.resolve(7)', '.nope', '.break', 'undefined', 'null', '.exit'];
let i = 0;
const next = () => {
  if (i < lines.length) {
    input.write(`${lines[i++]}\n`);
    setTimeout(next, 20);
  }
};
next();
r.on('exit', () => console.log(JSON.stringify(out.split('\n'), null, 1)));

// node:repl: ignoreUndefined, declarations kept across lines, errors shown as Node's REPL shows them (no REPL frames), _error, defineCommand, the command list.
const { PassThrough } = require('stream');
const repl = require('repl');
const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
const r = repl.start({ input, output, prompt: '$ ', terminal: false, useColors: false, ignoreUndefined: true });
r.defineCommand('hello', { help: 'Say hello', action(name) { this.output.write(`hi ${name}\n`); this.displayPrompt(); } });
const lines = ['const z = 3', 'z + 1', 'throw new TypeError("bad")', '_error.message', '.hello you', 'class K { m() { return 5 } }', 'new K().m()', '[1,2].map(x => x * 2)', '.exit'];
let i = 0;
const next = () => { if (i < lines.length) { input.write(`${lines[i++]}\n`); setTimeout(next, 20); } };
next();
r.on('exit', () => console.log(JSON.stringify(out.split('\n'), null, 1), typeof r.context, Object.keys(r.commands).sort().join(',')));

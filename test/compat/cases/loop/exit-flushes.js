// process.exit() right after a large write: everything written reaches stdout (pipes are synchronous).
const line = `${'x'.repeat(99)}\n`;
let out = '';
for (let i = 0; i < 2000; i++) out += line;
process.stdout.write(out);
console.log('last line');
process.exit(0);

const { Command, Option } = require('commander');
const program = new Command();
program
  .name('tool')
  .version('1.2.3')
  .description('a test CLI')
  .option('-d, --debug', 'debug output')
  .option('-n, --count <n>', 'how many', (v) => Number.parseInt(v, 10), 1)
  .addOption(new Option('-m, --mode <mode>', 'mode').choices(['fast', 'slow']).default('fast'))
  .exitOverride();
program
  .command('greet <name> [rest...]')
  .option('-l, --loud')
  .action((name, rest, opts) => {
    const msg = `hello ${name}${rest.length ? ` and ${rest.join(', ')}` : ''}`;
    console.log(opts.loud ? msg.toUpperCase() : msg, JSON.stringify(program.opts()));
  });
program.configureOutput({ writeOut: (s) => process.stdout.write(`[out] ${s}`), writeErr: (s) => process.stdout.write(`[err] ${s}`) });
program.parse(process.argv);
try {
  program.parse(['node', 'tool', '--mode', 'medium'], { from: 'node' });
} catch (e) {
  console.log('caught', e.code, e.exitCode);
}
try {
  program.parse(['node', 'tool', '--help'], { from: 'node' });
} catch (e) {
  console.log('caught', e.code);
}

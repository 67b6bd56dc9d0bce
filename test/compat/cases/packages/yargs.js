const yargs = require('yargs/yargs');
const { hideBin } = require('yargs/helpers');
const argv = yargs(hideBin(process.argv))
  .scriptName('tool')
  .option('port', { alias: 'p', type: 'number', default: 80 })
  .option('verbose', { type: 'boolean' })
  .command('serve [dir]', 'serve a dir', (y) => y.positional('dir', { default: '.' }))
  .strict()
  .parse();
console.log(argv._.join(','), argv.dir, argv.port, argv.p, argv.verbose);

const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.question('Name? ', (name) => {
  rl.question('Age? ', (age) => {
    console.log(`\nHello ${name}, ${age}`);
    rl.setPrompt('cmd> ');
    rl.prompt();
    rl.on('line', (l) => {
      if (l === 'quit') return rl.close();
      console.log(`got ${l}`);
      rl.prompt();
    });
  });
});
rl.on('close', () => console.log('\nbye', rl.getPrompt()));

console.log(process.argv.length, process.argv.slice(2));
console.log(process.argv0, typeof process.execPath, process.execArgv);
console.log(process.env.GREETING, process.env.HOME, process.env.NOPE, 'GREETING' in process.env);
process.env.NUM = 42;
console.log(typeof process.env.NUM, process.env.NUM);
delete process.env.GREETING;
console.log(process.env.GREETING, Object.keys(process.env).includes('NUM'));
console.log(process.cwd(), __dirname, __filename);
console.log(process.platform, typeof process.pid, process.version.startsWith('v'));

// 'close' follows 'exit' also when the parent reads only stdout, or none of the child's output: on
// exit, Node resumes the stdio streams nobody reads, so they drain, end and close.
const { spawn } = require('child_process');
const code = "process.stdout.write('out\\n'); process.stderr.write('err\\n')";
const a = spawn(process.execPath, ['-e', code]);
a.stdout.on('data', (d) => console.log('a data', String(d).trim()));
a.on('close', (c) => {
  console.log('a close', c, a.stderr.readableEnded);
  const b = spawn(process.execPath, ['-e', code]);
  b.on('exit', (c2) => console.log('b exit', c2));
  b.on('close', (c2) => console.log('b close', c2, b.stdout.readableEnded, b.stderr.readableEnded));
});

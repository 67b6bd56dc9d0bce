process.on('SIGTERM', (sig) => {
  console.log('got', sig);
  setTimeout(() => process.exit(0), 1);
});
const keep = setInterval(() => {}, 1000);
setTimeout(() => process.kill(process.pid, 'SIGTERM'), 1);
process.on('exit', (c) => {
  clearInterval(keep);
  console.log('exit', c);
});

// An immediate queued by an immediate runs on the next loop iteration, after the current batch.
const log = [];
setImmediate(() => {
  log.push('i1');
  setImmediate(() => log.push('i1.i'));
  process.nextTick(() => log.push('i1.tick'));
});
setImmediate(() => log.push('i2'));
const cancelled = setImmediate(() => log.push('never'));
clearImmediate(cancelled);
setImmediate((a, b) => log.push(`args:${a}${b}`), 'x', 'y');
// Printed at exit, when every callback has run, so a slow machine cannot cut the log short.
process.on('exit', () => console.log(log.join(' ')));

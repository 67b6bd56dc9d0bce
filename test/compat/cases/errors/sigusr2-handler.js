// A handled signal runs the listener; once the last listener is gone the default action (terminate)
// applies. Each signal is sent only after the previous one arrived, so delivery timing cannot matter.
let n = 0;
function onSig(sig) {
  n++;
  console.log('signal', sig, n);
  if (n === 2) {
    process.removeListener('SIGUSR2', onSig);
    console.log('listeners', process.listenerCount('SIGUSR2'));
  }
  setTimeout(() => process.kill(process.pid, 'SIGUSR2'), 1);
}
process.on('SIGUSR2', onSig);
process.on('exit', () => console.log('no exit event on a signal death'));
process.kill(process.pid, 'SIGUSR2');
setTimeout(() => console.log('never: the default action for SIGUSR2 terminates'), 3000);

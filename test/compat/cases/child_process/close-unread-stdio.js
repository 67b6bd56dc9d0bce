// 'close' follows 'exit' whatever the parent reads: on the tick after 'exit', Node resumes every
// stdio stream nobody consumes (flushStdio), so unread output is discarded and the streams end.
const { spawn } = require('child_process');
const both = "process.stdout.write('out\\n'); process.stderr.write('err\\n')";
const steps = [
  // Reads nothing.
  (next) => {
    const c = spawn(process.execPath, ['-e', both]);
    c.on('exit', (code, signal) => console.log('none exit', code, signal));
    c.on('close', (code, signal) => {
      console.log('none close', code, signal, c.stdout.readableEnded, c.stderr.readableEnded);
      next();
    });
  },
  // Reads only stdout of a child writing both.
  (next) => {
    const c = spawn(process.execPath, ['-e', both]);
    let out = '';
    c.stdout.on('data', (d) => (out += d));
    c.on('exit', (code) => console.log('stdout-only exit', code));
    c.on('close', (code, signal) => {
      console.log('stdout-only close', code, signal, JSON.stringify(out), c.stderr.readableEnded);
      next();
    });
  },
  // 72 KiB on each stream, unread: more than a 64 KiB pipe holds, still no hang. (Node's own limit:
  // its 64 KiB pipe plus the 16 KiB it reads ahead; a child writing more than that to a parent that
  // never reads blocks for good under node too.)
  (next) => {
    const big = "process.stdout.write('x'.repeat(73728)); process.stderr.write('y'.repeat(73728))";
    const c = spawn(process.execPath, ['-e', big]);
    c.on('exit', (code) => console.log('large exit', code));
    c.on('close', (code, signal) => {
      console.log('large close', code, signal);
      next();
    });
  },
  // Starting to read in the 'exit' listener is still in time: nothing is lost.
  (next) => {
    const c = spawn(process.execPath, ['-e', both]);
    c.on('exit', (code) => {
      console.log('late exit', code);
      let out = '';
      c.stdout.on('data', (d) => (out += d));
      c.stdout.on('end', () => console.log('late stdout', JSON.stringify(out)));
    });
    c.on('close', (code) => {
      console.log('late close', code);
      next();
    });
  },
  // A 'readable' listener that never reads holds the stream open: 'close' waits for the read.
  (next) => {
    const c = spawn(process.execPath, ['-e', both]);
    let reads = 0;
    let drain = false;
    const readAll = () => {
      while (c.stdout.read() !== null);
    };
    c.stdout.on('readable', () => {
      reads++;
      if (drain) readAll();
    });
    c.stderr.resume();
    c.on('exit', (code) => {
      console.log('readable exit', code);
      // Whenever the data has come, nothing ends the stream until it is read.
      setTimeout(() => {
        console.log('readable pending', c.stdout.readableEnded);
        drain = true;
        readAll();
      }, 200);
    });
    c.on('close', (code) => {
      console.log('readable close', code, reads > 0);
      next();
    });
  },
  // Exit with a code and by a signal: 'close' reports the same (code, signal) as 'exit'.
  (next) => {
    const c = spawn(process.execPath, ['-e', 'process.stdout.write("a"); process.exit(3)']);
    c.on('exit', (code, signal) => console.log('code exit', code, signal));
    c.on('close', (code, signal) => {
      console.log('code close', code, signal);
      next();
    });
  },
  (next) => {
    const c = spawn(process.execPath, ['-e', 'process.stdout.write("a"); setInterval(() => {}, 1000)']);
    c.stdout.once('data', () => c.kill('SIGTERM'));
    c.on('exit', (code, signal) => console.log('signal exit', code, signal));
    c.on('close', (code, signal) => {
      console.log('signal close', code, signal);
      next();
    });
  },
];
const run = (i) => i < steps.length && steps[i](() => run(i + 1));
run(0);

process.stdout.write('no newline|');
process.stdout.write(Buffer.from('buffer chunk|'));
process.stdout.write(new Uint8Array([65, 10]));
console.log(process.stdout.write('ret\n'), typeof process.stdout.columns, process.stdout.isTTY, process.stderr.isTTY, process.stdin.isTTY);
process.stdout.write('with cb\n', () => console.log('write cb'));
process.stdout.write('latin\xe9\n', 'latin1');
try { process.stdout.write(5); } catch (e) { console.log(e.code, e.message); }
console.log(process.stdout.writable, process.stdout.writableHighWaterMark > 0, typeof process.stdout._write, process.stdout.fd);
console.log('%s|%s', 'tab\there', 'nl\\n');
console.log(['array', 'of', 'strings'], { nested: { deep: ['x'] } }, new Date(0), null);
console.error('%d errors', 2);
process.stdout.end?.name;

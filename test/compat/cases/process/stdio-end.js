process.stdout.on('finish', () => process.stderr.write('finish event\n'));
process.stdout.write('before end\n');
process.stdout.end('ending chunk\n', () => process.stderr.write('end callback\n'));
setTimeout(() => process.stderr.write('after end\n'), 5);

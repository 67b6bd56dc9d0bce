// Reads all of stdin, counts words per line and echoes a summary (a filter, as in a shell pipeline).
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  input += chunk;
});
process.stdin.on('end', () => {
  const lines = input.split('\n').filter(Boolean);
  lines.forEach((l, i) => console.log(`${i + 1}: ${l.split(/\s+/).length} ${l.toUpperCase()}`));
  console.log('lines', lines.length, 'bytes', Buffer.byteLength(input));
});

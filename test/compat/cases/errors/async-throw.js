async function main() {
  await new Promise((r) => setTimeout(r, 1));
  throw new RangeError('async failure');
}
process.on('exit', (c) => console.log('exit', c));
main();

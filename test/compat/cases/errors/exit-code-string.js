process.exitCode = '5';
console.log(typeof process.exitCode, process.exitCode);
try {
  process.exitCode = 'abc';
} catch (e) {
  console.log(e.code);
}
try {
  process.exit(1.5);
} catch (e) {
  console.log(e.code);
}

const e = new Error('top'); console.log(e.stack.split('\n')[1].trim());
function named() {
  return new Error('inner').stack.split('\n').slice(1, 3).map((l) => l.trim());
}
console.log(named().join(' | '));

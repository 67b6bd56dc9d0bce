function inner() {
  return new Error('where am i');
}
function outer() {
  return inner();
}
const frames = outer()
  .stack.split('\n')
  .slice(1, 3)
  .map((l) => l.trim());
console.log(frames.join('\n'));

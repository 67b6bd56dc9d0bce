// beforeExit fires when the loop is empty; scheduling work in it keeps the process going.
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds < 3) {
    rounds++;
    setTimeout(() => console.log('timer from beforeExit', rounds), 1);
  }
});
process.on('exit', (code) => console.log('exit', code));
console.log('main');

// Bomb: one 4 GiB typed array.
console.log(new Uint8Array(2 ** 32).length);

// Bomb: Array.from over a billion-long array-like (the same kind of native loop).
console.log(Array.from({ length: 1e9 }).length);

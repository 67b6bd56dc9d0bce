// Bomb: an array doubled by concat.
let a = [1];
for (;;) a = a.concat(a);

// Bomb: 128 MiB typed arrays until allocation fails.
const keep = [];
for (;;) keep.push(new Float64Array(1 << 24));

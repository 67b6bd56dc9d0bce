// Bomb: 256 MiB ArrayBuffers until allocation fails.
const keep = [];
for (;;) keep.push(new ArrayBuffer(256 << 20));

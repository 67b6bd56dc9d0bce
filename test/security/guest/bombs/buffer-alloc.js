// Bomb: Buffer.alloc through the runtime, 128 MiB at a time.
const keep = [];
for (;;) keep.push(Buffer.alloc(128 << 20));

// Bomb: a WebAssembly.Memory grown without bound (64 KiB pages, 16 MiB at a time).
const m = new WebAssembly.Memory({ initial: 1, maximum: 65536 });
for (;;) m.grow(256);

// Bomb: stdout written as fast as possible (nobody reads it on the host).
const s = 'x'.repeat(1 << 20);
for (;;) process.stdout.write(s);

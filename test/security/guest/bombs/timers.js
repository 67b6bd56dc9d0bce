// Bomb: a timer flood (every timer is host-visible state in the loop).
for (;;) setTimeout(() => {}, 1e6);

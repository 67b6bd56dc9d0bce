// Bomb: plain heap growth, one small object at a time.
const a = [];
for (;;) a.push({ i: a.length, s: `item ${a.length}` });

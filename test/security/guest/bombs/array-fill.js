// Bomb: a billion-element holey array filled (V8's native fill over a dictionary never checks for
// termination; unguarded it grew past the limit and aborted the host with "invalid table size").
const a = new Array(1e9).fill(0);
console.log(a.length);

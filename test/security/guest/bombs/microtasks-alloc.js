// Bomb: a microtask flood that also allocates.
const keep = [];
function f() {
  keep.push(new Array(1000).fill(1));
  queueMicrotask(f);
}
f();

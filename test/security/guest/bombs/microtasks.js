// Bomb: a microtask flood that never lets the turn end.
function f() {
  Promise.resolve().then(f);
}
f();

// Bomb: timers that each schedule a thousand more.
function f() {
  for (let i = 0; i < 1000; i++) setTimeout(f, 0);
}
f();

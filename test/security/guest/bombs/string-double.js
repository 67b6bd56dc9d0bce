// Bomb: a string doubled until V8's maximum string length.
let s = 'x';
for (;;) s += s;

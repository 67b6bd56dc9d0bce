// Bomb: while (true) {}.
while (true) {}

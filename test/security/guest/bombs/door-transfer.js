// Bomb: a 1 GiB byte array handed to the door (the host would have to copy it).
require('fs').writeFileSync('/tmp/x', new Uint8Array(1 << 30));

// Guest zone (userland): false(1): does nothing, unsuccessfully.
import { run } from './lib/main.js';

run('false', () => 1);

// Guest zone (userland): true(1): does nothing, successfully.
import { run } from './lib/main.js';

run('true', () => 0);

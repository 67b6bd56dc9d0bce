// Guest zone (userland): sha256sum(1): SHA-256 digests of files, or -c to check them.
import { hashsum } from './lib/hashsum.js';
import { run } from './lib/main.js';

run('sha256sum', (args) => hashsum('sha256', args));

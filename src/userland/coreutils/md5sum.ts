// Guest zone (userland): md5sum(1): MD5 digests of files, or -c to check them.
import { hashsum } from './lib/hashsum.js';
import { run } from './lib/main.js';

run('md5sum', (args) => hashsum('md5', args));

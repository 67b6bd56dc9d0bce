// tinyglobby (fdir + picomatch, ESM): globbing the container's filesystem, sync and async.
import { glob, globSync, isDynamicPattern } from 'tinyglobby';
const sort = (a) => a.slice().sort();
console.log(sort(await glob(['src/**/*.js'])));
console.log(sort(globSync(['src/**/*.{js,ts}', '!**/skip/**'])));
console.log(sort(await glob('**/*.md', { ignore: ['node_modules/**'], dot: true })));
console.log(sort(await glob('src/*', { onlyDirectories: true })), sort(await glob('src/a/*.js', { absolute: true })));
console.log(sort(await glob('*.js', { cwd: 'src/a' })), isDynamicPattern('src/*.js'), isDynamicPattern('src/a.js'));
console.log(sort(globSync('src/**', { deep: 1 })), (await glob('nothing/**')).length);

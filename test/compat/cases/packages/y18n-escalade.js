// yargs' helpers on their own: y18n (locale files on disk, plurals, updates written back) and
// escalade (walking up directories for a file).
const y18n = require('y18n');
const escalade = require('escalade/sync');
const path = require('path');
const __ = y18n({ directory: path.join(__dirname, 'locales'), locale: 'fr', updateFiles: false });
console.log(__.__('Hello %s', 'world'), __.__n('one file', '%d files', 3, 3), __.__('missing key'));
__.setLocale('en');
console.log(__.getLocale(), __.__('Hello %s', 'x'));
const found = escalade(path.join(__dirname, 'a/b/c'), (dir, names) => (names.includes('marker.txt') ? 'marker.txt' : undefined));
console.log(found && path.relative(__dirname, found));
console.log(escalade(__dirname, () => false));

const { match, compile, pathToRegexp, parse } = require('path-to-regexp');
const m = match('/users/:id/books{/:book}');
console.log(JSON.stringify(m('/users/42/books/7')), JSON.stringify(m('/users/42/books')), m('/nope'));
console.log(compile('/users/:id')({ id: 'a b' }));
console.log(pathToRegexp('/files/*path').regexp.source);
console.log(JSON.stringify(parse('/a/:b').tokens));

// Small, widely used helpers from express's dependency tree.
const ms = require('ms');
const cookie = require('cookie');
const mime = require('mime-types');
const escapeHtml = require('escape-html');
const createError = require('http-errors');
console.log(ms('2 days'), ms('1h'), ms('-3.5m'), ms(60000), ms(2 * 60 * 60 * 1000, { long: true }));
console.log(JSON.stringify(cookie.parse('foo=bar; equation=E%3Dmc%5E2; empty=')));
console.log(cookie.serialize('sid', 'a b;c', { httpOnly: true, maxAge: 3600, path: '/', sameSite: 'lax' }));
console.log(mime.lookup('x.json'), mime.lookup('a/b/c.tar.gz'), mime.contentType('html'), mime.extension('image/svg+xml'), mime.lookup('nope.unknownext'));
console.log(escapeHtml('<a href="x">Tom & \'Jerry\'</a>'));
const e = createError(404, 'no such thing');
console.log(e.status, e.message, e.name, e.expose, e instanceof createError.HttpError, new createError.BadRequest().message);

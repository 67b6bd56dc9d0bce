// The legacy API serialises and parses queries as node:querystring does (no nested qs forms),
// and the WHATWG URL handles IDNA hosts and UTF-8 percent-encoding.
const url = require('url');
console.log(url.format({ query: { a: [1, 2], b: { c: 1 }, d: 'x y', e: true, f: null } }));
console.log(url.format({ protocol: 'http', host: 'h', pathname: '/p', query: {} }));
console.log(url.parse('/p?a[b]=1&a=2&c', true).query);
console.log(new URL('https://bücher.example/ä?q=ü#f').href);
console.log(new URLSearchParams({ a: 'ü b', 'c&d': '=' }).toString());
console.log(url.domainToUnicode('xn--bcher-kva.example'), url.domainToASCII('bücher.example'));

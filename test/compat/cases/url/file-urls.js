// fileURLToPath / pathToFileURL edges, url.format with a WHATWG URL, urlToHttpOptions, domainTo*.
const url = require('url');
for (const p of ['/a b/c#d?e.txt', '/x/%20y', '/tmp/ü.js', '/dir/', 'rel/x', '/a\\b', '/%2F']) console.log(url.pathToFileURL(p).href.replace(process.cwd(), '<cwd>'));
for (const u of ['file:///a%20b/c', 'file://localhost/etc/x', new URL('file:///%E2%82%AC')]) console.log(url.fileURLToPath(u));
for (const bad of ['http://x/y', 'file:///a%2Fb', 'file://host/x', 5]) {
  try { url.fileURLToPath(bad); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const w = new URL('https://user:pw@example.com:8080/p/a?q=1#h');
console.log(url.format(w, { auth: false, search: false, fragment: false }), url.format(w, { unicode: true }));
console.log(url.urlToHttpOptions(w));
console.log(url.domainToASCII('español.com'), url.domainToUnicode('xn--espaol-zwa.com'), JSON.stringify(url.domainToASCII('xn--iñvalid.com')));
console.log(url.resolve('http://a/b/c/d;p?q', '../g'), url.resolve('/one/two', 'three'), url.parse('http://x.com:81/p?a=1&a=2', true).query);

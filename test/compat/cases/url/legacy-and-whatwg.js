const url = require('url');
const u = new URL('https://user:pa ss@EXAMPLE.com:443/a/../b/%7Efoo?q=1&q=2&x=%20y#frag');
console.log(u.href, u.origin, u.host, u.port, u.username, u.password, u.pathname, u.search, u.hash);
console.log([...u.searchParams], u.searchParams.getAll('q'), u.searchParams.get('x'), u.searchParams.has('q', '2'));
u.searchParams.append('n', 'a b&c'); u.searchParams.delete('q', '1'); u.searchParams.sort();
console.log(u.search, u.searchParams.toString(), u.searchParams.size);
const sp = new URLSearchParams({ a: '1', b: ['x', 'y'] }); console.log(sp.toString(), new URLSearchParams([['k', 'v'], ['k', 'w']]).toString(), new URLSearchParams('?a=1&a=2&b').getAll('a'));
console.log(URL.canParse('nope'), URL.canParse('/p', 'http://h'), new URL('/p?x#y', 'http://h/a/b').href, new URL('file:///tmp/a b').pathname);
try { new URL('http://'); } catch (e) { console.log(e.code, e.name, e.message, e.input); }
try { new URL(); } catch (e) { console.log(e.code, e.name, e.message); }
const legacy = url.parse('http://user:pw@host.com:8080/p/a/t/h?query=string&a=1#hash', true);
console.log(legacy.protocol, legacy.auth, legacy.host, legacy.port, legacy.hostname, legacy.hash, legacy.search, legacy.query, legacy.pathname, legacy.path, legacy.href, legacy.slashes);
console.log(url.parse('/rel/path?x=1').pathname, url.parse('//host/p', false, true).host, url.parse('mailto:a@b.c').href, url.parse('HTTP://X.COM/Y').href);
console.log(url.format({ protocol: 'https', hostname: 'h.com', pathname: '/p', query: { a: 1, b: 'x y' } }), url.format(new URL('http://a.com/b?c#d'), { fragment: false, search: false }));
console.log(url.resolve('http://a.com/b/c', '../d'), url.resolve('/one/two/three', 'four'), url.resolve('http://example.com/', '/one'), url.resolve('http://example.com/one', 'http://other.com/'));
console.log(url.fileURLToPath('file:///a/b%20c'), url.pathToFileURL('/x y/#z').href, url.urlToHttpOptions(new URL('http://u:p@h:81/p?q')));
try { url.fileURLToPath('http://x'); } catch (e) { console.log(e.code, e.message); }
try { url.fileURLToPath('file://host/a'); } catch (e) { console.log(e.code, e.message); }
console.log(url.domainToASCII('español.com'), url.domainToUnicode('xn--espaol-zwa.com'), String(new URL('http://[::1]:80/')), new URL('http://1.2.3').hostname);
console.log(JSON.stringify(new URL('http://h/p')), Object.keys(new URL('http://h')).length);

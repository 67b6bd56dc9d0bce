// whatwg-url (tr46, webidl-conversions, punycode): the spec URL parser as a package, compared with
// what the same inputs give through the global URL.
const { URL: WURL, URLSearchParams: WParams, parseURL, serializeURL } = require('whatwg-url');
const inputs = ['https://user:pa ss@EXAMPLE.com:443/a/../b/./c?q=1 2#frag', 'http://xn--nxasmq6b.com/', 'http://ümlaut.de/päth', 'file:///C:/x/../y', 'http://[::1]:8080/', 'http://0x7f.1/', 'blob:https://a.b/uuid', 'non-spec:/x/../y'];
for (const i of inputs) {
  const w = new WURL(i);
  console.log(w.href, w.host, w.pathname, w.href === new URL(i).href);
}
console.log(parseURL('not a url'), serializeURL(parseURL('HTTP://A.com/%7Efoo')));
const p = new WParams('a=1&b=2&a=3');
p.append('c', 'x y');
p.sort();
console.log(p.toString(), p.getAll('a'), [...p.keys()]);
try { new WURL('nope'); } catch (e) { console.log(e.name, e.message); }

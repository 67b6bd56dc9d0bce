// The URL parser's query percent-encoding (UTF-8): controls, DEL, non-ASCII, astral and lone
// surrogates, quotes and apostrophes (special schemes only), spaces and what is left alone.
const inputs = [
  "http://h/p?a b\"c#d",
  "http://h/p?it's <x> `y` {z}",
  'http://h/p?\u00e9\u4e2d\ud83d\ude00',
  'http://h/p?lone\ud800x\udc00y',
  'http://h/p?\u0001\u001f\u007f~!$&()*+,;=:@/?',
  "foo://h/p?it's <x> \"q\"",
  'ws://h/p?it\'s',
  'http://h/p?%zz%41%',
];
for (const s of inputs) {
  const u = new URL(s);
  console.log(JSON.stringify(u.search), JSON.stringify(u.href));
}
const u = new URL('http://h/');
u.search = '?\u00e9 x\'';
console.log(u.search);
console.log(new URLSearchParams({ k: 'a b\u00e9+&=' }).toString());
console.log(require('url').format(new URL("http://h/p?q='\u00e9'")), require('url').parse("http://h/p?q='\u00e9'").search);

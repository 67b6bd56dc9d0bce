const u = new URL('https://user:pw@example.com:8080/a/b/../c?x=1&y=2&x=3#frag');
console.log(u.href);
console.log(u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash);
console.log(u.searchParams.getAll('x').join('|'), u.searchParams.get('y'), u.origin);
u.searchParams.append('z', 'a b&c');
u.pathname = '/new path';
console.log(u.toString());
console.log(new URL('../up?q', 'http://h/a/b/c').href);
console.log(new URL('file:///tmp/x y.txt').pathname);
const p = new URLSearchParams({ b: '2', a: '1' });
p.sort();
console.log(p.toString(), [...p.keys()].join(','));
try {
  new URL('not a url');
} catch (e) {
  console.log(e.name, e.code);
}
console.log(JSON.stringify(new URL('http://EXAMPLE.com/%7Efoo')));
console.log(URL.canParse ? URL.canParse('http://x') : 'no canParse');

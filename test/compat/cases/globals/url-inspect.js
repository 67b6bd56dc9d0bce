// URL and URLSearchParams print as Node prints them (every component; pairs with =>), nested and shallow.
const util = require("util");
const u = new URL('https://user:pw@example.com:8080/a?x=1&y=2#h');
console.log(u);
console.log([new URL('file:///tmp/a')]);
console.log(new URLSearchParams('a=1&b=2&a=3'));
console.log(new URLSearchParams(''));
class Sub extends URL {}
console.log(new Sub('http://x/'));
console.log(`${u}`, JSON.stringify({ u }));
console.log(util.inspect({ a: new URL('http://x/') }, { depth: 0 }));
console.log(util.inspect({ a: { b: new URLSearchParams('q=1') } }, { depth: 0 }));
console.log(util.inspect({ a: new URLSearchParams('q=1') }, { depth: 0 }));
console.log(new URLSearchParams({ aaaaaaaaaaaaaaaaaaaa: 'bbbbbbbbbbbbbbbbbbbbbbbbbbb', cccccccccccccccccc: 'ddddddddddddddddddddd' }));

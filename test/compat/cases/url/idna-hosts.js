// WHATWG host parsing of internationalised, punycode, IPv4-looking and invalid domains, and url.domainToASCII.
const hosts = ['example.com', 'EXAMPLE.com', 'bücher.example', 'BÜCHER.example', 'xn--bcher-kva.example', 'xn--invalid-.com', 'xn--iñvalid.com', 'faß.de', '☃.net', 'a..b', '١٢٣.com', 'ab--c.com', '-x.com', 'x\u200dy.com', '0x7f.1', 'ｅｘａｍｐｌｅ.com', 'a%41.com', 'xn--.com', '.', 'a.b.'];
for (const h of hosts) {
  let out;
  try { out = new URL(`http://${h}/`).host; } catch (e) { out = `${e.code} ${e.message}`; }
  console.log(JSON.stringify(h), '->', out, require('url').domainToASCII(h));
}

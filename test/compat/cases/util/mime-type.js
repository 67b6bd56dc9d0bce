// util.MIMEType / MIMEParams: parsing (case, whitespace, quoted values, bad and repeated parameters),
// serialisation, setters and their errors.
const { MIMEType, MIMEParams } = require('util');
const show = (s) => { try { const m = new MIMEType(s); console.log(JSON.stringify(s), '->', String(m), m.essence, JSON.stringify([...m.params])); } catch (e) { console.log(JSON.stringify(s), e.name, e.code, e.message); } };
for (const s of ['Text/HTML; Charset="utf-8"; q=1', ' application/json ', 'text/plain;charset=UTF-8;charset=latin1', 'a/b; x="quoted \\"inner\\" \\\\ end"; y', 'a/b;=novalue;k=;v="unterminated', 'a/b; K = v', 'a/b;k=v w ;z=1', 'a/b;k="";e=\\', 'x/y;p="tail\\', 'bad', '/x', 'text/', 'te xt/plain', 'text/pl ain', 'text/plain;ü=1;v=ü', 'multipart/form-data; boundary=----x', '']) show(s);
const m = new MIMEType('text/javascript');
m.type = 'Application';
m.subtype = 'ECMAScript';
m.params.set('charset', 'utf-8');
m.params.set('note', 'has space');
m.params.set('empty', '');
console.log(String(m), JSON.stringify({ m }), m.params.get('charset'), m.params.get('none'), m.params.has('note'));
m.params.delete('note');
console.log([...m.params.keys()], [...m.params.values()], m.params.toString());
for (const bad of [() => { m.type = ''; }, () => { m.subtype = 'a b'; }, () => m.params.set('bad name', 'v'), () => m.params.set('k', 'bad\u0100')]) {
  try { bad(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const p = new MIMEParams();
p.set('a', '1');
console.log(p.toString(), [...p], typeof MIMEParams.prototype.entries);

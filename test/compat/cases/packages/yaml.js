const YAML = require('yaml');
const text = `
# config
name: tsvirt
version: 0.1.0
features: [fs, net, "proc"]
limits:
  memory: 512Mi
  cpus: 1.5
  enabled: true
  nothing: ~
anchors:
  base: &base { a: 1, b: 2 }
  derived:
    <<: *base
    b: 3
multi: |
  line one
  line two
folded: >
  folded
  text
`;
const doc = YAML.parse(text, { merge: true });
console.log(JSON.stringify(doc, null, 1));
console.log(YAML.stringify({ list: [1, 'two', { three: 3 }], date: '2020-01-01', nested: { deep: { x: null } } }));
const d = YAML.parseDocument('a: 1 # keep\nb: [x, y]\n');
d.set('c', 'new');
d.getIn(['b']).add('z');
console.log(String(d));
try {
  YAML.parse('a: [unclosed');
} catch (e) {
  console.log(e.name, e.code);
}
console.log(JSON.stringify(YAML.parseAllDocuments('---\na: 1\n---\nb: 2\n').map((x) => x.toJSON())));

// PostCSS parses, walks, rewrites and stringifies CSS (with a source map) in plain JavaScript.
const postcss = require('postcss');
const css = `a { color: red; margin: 0 auto } @media (max-width: 600px) { .b > c { display: none !important } }`;
const root = postcss.parse(css, { from: '/app/in.css' });
root.walkDecls((d) => {
  if (d.prop === 'color') d.value = 'blue';
});
root.walkRules((r) => console.log('rule', r.selector));
const prefixer = {
  postcssPlugin: 'demo',
  Declaration: { display: (d) => d.cloneBefore({ prop: '-webkit-display' }) },
};
postcss([prefixer])
  .process(root, { from: '/app/in.css', to: '/app/out.css', map: { inline: false } })
  .then((result) => {
    console.log(result.css);
    console.log(JSON.parse(result.map.toString()).sources);
    console.log(result.messages.length, postcss.parse('a{b:c}').first.first.toString());
  });
try {
  postcss.parse('a { color: red', { from: '/app/bad.css' });
} catch (e) {
  console.log(e.name, e.reason, e.line, e.column);
}

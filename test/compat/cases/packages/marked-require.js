// marked 18 ships only ES modules; Node 20.19+ lets CommonJS require() them (require(esm)).
const { marked } = require('marked');
console.log(marked.parse('# via require(esm)'));

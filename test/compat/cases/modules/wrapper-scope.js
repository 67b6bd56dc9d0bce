// The CommonJS wrapper: this === module.exports, exports shorthand, __filename / __dirname, arguments.
const clean = (s) => String(s).split(process.cwd()).join('.');
console.log(this === module.exports, exports === module.exports, arguments.length);
console.log(clean(__filename), clean(__dirname));
console.log(require('./lib/reassign'), require('./lib/shorthand'));

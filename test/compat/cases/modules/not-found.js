// MODULE_NOT_FOUND: message with "Require stack:", requireStack, and from nested requires.
const clean = (s) => String(s).split(process.cwd()).join('.');
try {
  require('./nope');
} catch (err) {
  console.log(err.code, clean(err.message));
  console.log(err.requireStack.map(clean));
}
try {
  require('./lib/outer');
} catch (err) {
  console.log(clean(err.message));
  console.log(err.requireStack.map(clean), err.name, Object.keys(err));
}
try {
  require('no-such-package');
} catch (err) {
  console.log(err.code, clean(err.message).split('\n')[0]);
}
try {
  require('node:nothing');
} catch (err) {
  console.log(err.code, err.message);
}

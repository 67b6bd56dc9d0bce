try {
  require('./does-not-exist');
} catch (e) {
  console.log(e.stack.split('\n')[0]);
  console.log(e.code, JSON.stringify(e.requireStack), e instanceof Error, e.name);
  console.log(e.message);
}
try {
  require('no-such-package/sub');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}

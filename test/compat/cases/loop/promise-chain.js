const log = [];
async function a() {
  log.push('a1');
  await null;
  log.push('a2');
  await new Promise((r) => setTimeout(r, 2));
  log.push('a3');
}
async function b() {
  log.push('b1');
  await Promise.resolve();
  log.push('b2');
}
a().then(() => {
  log.push('a-done');
  console.log(log.join(' '));
});
b();
log.push('sync');

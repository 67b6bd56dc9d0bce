async function* gen() {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setImmediate(r));
    yield i;
  }
}
(async () => {
  const seen = [];
  for await (const v of gen()) seen.push(v);
  const settled = await Promise.allSettled([Promise.resolve(1), Promise.reject(new Error('no')), new Promise((r) => setTimeout(r, 1, 'late'))]);
  console.log(seen.join(','), settled.map((s) => s.status + ':' + (s.value ?? s.reason.message)).join(' '));
  console.log(await Promise.race([new Promise((r) => setTimeout(r, 50, 'slow')), new Promise((r) => setTimeout(r, 1, 'fast'))]));
  console.log(await Promise.any([Promise.reject(new Error('a')), Promise.resolve('b')]));
})();

const { setTimeout: sleep, setImmediate: immediate } = require('timers/promises');
(async () => {
  const v = await sleep(2, 'value');
  console.log('sleep', v);
  console.log('immediate', await immediate('imm'));
  const ac = new AbortController();
  const p = sleep(1000, null, { signal: ac.signal });
  ac.abort();
  try {
    await p;
  } catch (e) {
    console.log(e.name, e.code);
  }
})();

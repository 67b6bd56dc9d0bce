const readline = require('readline/promises');
const { PassThrough } = require('stream');
(async () => {
  const input = new PassThrough();
  let asked = '';
  const output = { write: (s) => { asked += s; } };
  const rl = readline.createInterface({ input, output, terminal: false });
  const q1 = rl.question('q1 ');
  input.write('alpha\nbe');
  const a = await q1;
  const q2 = rl.question('q2 ');
  input.write('ta\n');
  console.log(a, await q2, JSON.stringify(asked));
  const ac = new AbortController();
  const p = rl.question('never ', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log(e.name, e.code); }
  try { await rl.question('pre-aborted', { signal: AbortSignal.abort() }); } catch (e) { console.log('pre', e.name); }
  rl.close();
  try { await rl.question('x'); } catch (e) { console.log(e.code); }
  console.log(typeof readline.Interface, typeof readline.createInterface, typeof readline.Readline);
})();

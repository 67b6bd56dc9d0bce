import * as readline from 'node:readline/promises';
import { Readable } from 'node:stream';
const input = Readable.from(['alpha\nbe', 'ta\ngamma\n']);
const rl = readline.createInterface({ input, terminal: false });
const a = await rl.question('q1 ');
const b = await rl.question('q2 ');
console.log(a, b);
const ac = new AbortController();
const p = rl.question('never ', { signal: ac.signal });
ac.abort();
try { await p; } catch (e) { console.log(e.name, e.code); }
rl.close();
try { rl.question('x'); } catch (e) { console.log(e.code); }
console.log(typeof readline.Interface, typeof readline.createInterface);

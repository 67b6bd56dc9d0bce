// Polyfill-style packages that feature-detect the runtime: safe-buffer, safer-buffer, util (npm),
// abort-controller, web-streams-polyfill, tslib helpers, emoji-regex.
const SafeBuffer = require('safe-buffer').Buffer;
const safer = require('safer-buffer');
const utilPkg = require('util/');
const { AbortController: PolyAC } = require('abort-controller');
const ws = require('web-streams-polyfill');
const tslib = require('tslib');
const emojiRegex = require('emoji-regex');
console.log(SafeBuffer === Buffer, SafeBuffer.alloc(3), safer.Buffer.from('ab').toString('hex'), typeof safer.Buffer.allocUnsafe);
console.log(utilPkg.format('%s:%d', 'a', 1), utilPkg.inspect({ a: [1] }), utilPkg.isDeepStrictEqual ? 'has isDeepStrictEqual' : 'no isDeepStrictEqual', typeof utilPkg.promisify);
const ac = new PolyAC();
ac.signal.addEventListener('abort', () => console.log('poly abort', ac.signal.aborted));
ac.abort();
(async () => {
  const rs = new ws.ReadableStream({ start(c) { c.enqueue('p1'); c.enqueue('p2'); c.close(); } });
  const out = [];
  const reader = rs.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) out.push(r.value);
  console.log('polyfill stream', out);
  const obj = tslib.__assign({ a: 1 }, { b: 2 });
  const rest = tslib.__rest({ x: 1, y: 2 }, ['x']);
  console.log(obj, rest, tslib.__spreadArray([1], [2, 3], false), await tslib.__awaiter(null, void 0, void 0, function* () { return yield Promise.resolve('awaited'); }));
  console.log('Hi 👋🏽 there 🇫🇷!'.match(emojiRegex()));
})();

// util.parseEnv: .env text as Node 20 reads it.
const util = require('util');
const text = [
  '# a comment',
  'PLAIN=value',
  'SPACED =  spaced value  ',
  'export EXPORTED=yes',
  'INLINE=before # after',
  'DQ="double # not a comment"',
  "SQ='single \\n stays'",
  'BT=`back tick`',
  'NL="line1\\nline2"',
  'MULTI="first',
  'second"',
  'EMPTY=',
  'EQ=a=b=c',
  'DUP=1',
  'DUP=2',
  'UNCLOSED="no end',
  'WIN=crlf\r',
  'LAST=end',
].join('\n');
console.log(util.parseEnv(text));
console.log(util.parseEnv(''), util.parseEnv('A=1'), util.parseEnv('NOEQUALS\nB=2'), util.parseEnv('K='));
try { util.parseEnv(5); } catch (e) { console.log(e.code, e.message); }
const s = util.transferableAbortSignal(AbortSignal.abort('r'));
console.log(s.aborted, s.reason, util.transferableAbortController().signal.aborted);
try { util.transferableAbortSignal({}); } catch (e) { console.log(e.code); }

// get-caller-file and stackback read V8 call sites through Error.prepareStackTrace to find who called
// them: the answer is the guest module's path.
const getCallerFile = require('get-caller-file');
const stackback = require('stackback');
function whoCalls() { return getCallerFile(); }
console.log(whoCalls());
const frames = stackback(new Error('x'));
console.log(frames.length > 0, frames[0].getFileName(), frames[0].getLineNumber(), typeof frames[0].getFunctionName());

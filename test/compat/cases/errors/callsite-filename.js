// A program's Error.prepareStackTrace sees call sites for its own module code the way Node gives
// them: a file name, not eval, no function name for the module body, line 1 columns unshifted.
// Packages such as depd, get-caller-file and callsites read these to find their caller's file.
Error.prepareStackTrace = (err, sites) => sites
  .filter((s) => (s.getFileName() || '').endsWith('callsite-filename.js'))
  .map((s) => [s.getFunctionName(), s.getLineNumber(), s.getColumnNumber(), s.isEval(), s.isToplevel(), s.getTypeName() === null ? 'null' : typeof s.getTypeName(), s.getEvalOrigin()]);
function named() { return new Error('z').stack; }
console.log(JSON.stringify(named()));
const col = new Error('on line one?').stack;
console.log(JSON.stringify(col));

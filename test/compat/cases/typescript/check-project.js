// Type-checks a small multi-file project with the real TypeScript compiler, over the files in /app/proj,
// and prints the diagnostics and the emitted JavaScript (captured, not written).
const ts = require('typescript');
const path = require('path');
const root = path.join(__dirname, 'proj');
const options = {
  target: ts.ScriptTarget.ES2020,
  module: ts.ModuleKind.CommonJS,
  strict: true,
  lib: ['lib.es2020.d.ts'],
  types: [],
  declaration: true,
};
const program = ts.createProgram([path.join(root, 'main.ts')], options);
const diags = ts.getPreEmitDiagnostics(program);
const host = {
  getCanonicalFileName: (f) => f,
  getCurrentDirectory: () => root,
  getNewLine: () => '\n',
};
console.log(`${diags.length} diagnostics`);
console.log(ts.formatDiagnostics(diags, host));
const out = [];
const result = program.emit(undefined, (file, text) => out.push([path.relative(root, file), text]));
console.log('emit skipped:', result.emitSkipped);
for (const [file, text] of out.sort()) console.log(`--- ${file}\n${text}`);
console.log(program.getSourceFiles().filter((f) => !f.isDeclarationFile).map((f) => path.relative(root, f.fileName)).join(' '));

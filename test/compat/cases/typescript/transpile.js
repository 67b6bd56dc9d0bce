// ts.transpileModule: TypeScript syntax (enums, generics, decorators off, JSX) down to ES2019 CommonJS.
const ts = require('typescript');
const src = `
enum Color { Red = 1, Green, Blue = 'blue' }
interface Box<T> { value: T }
export class Store<T> implements Box<T> {
  #secret = 1;
  constructor(public value: T, private readonly tag?: string) {}
  get doubled(): string { return \`\${this.value}\${this.value}\`; }
}
export const c = Color.Green;
export default function f<T extends object>(x: T, ...rest: number[]): T | undefined { return x ?? rest; }
const o = { a: { b: 1 } } as const;
console.log(o?.a?.b);
`;
const out = ts.transpileModule(src, {
  compilerOptions: { target: ts.ScriptTarget.ES2019, module: ts.ModuleKind.CommonJS },
  fileName: 'x.ts',
  reportDiagnostics: true,
});
console.log(out.outputText);
console.log(out.diagnostics.length);
const tsx = ts.transpileModule('const el = <div className="a">{1 + 1}</div>;', {
  compilerOptions: { jsx: ts.JsxEmit.React, target: ts.ScriptTarget.ES2020 },
  fileName: 'x.tsx',
});
console.log(tsx.outputText);
console.log(ts.version.split('.')[0]);

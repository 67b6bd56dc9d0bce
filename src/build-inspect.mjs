// Build (host tooling): an esbuild plugin that adapts node-inspect-extracted to Node 20. The package
// is Node's inspect taken from a newer Node, with V8's internal bindings emulated; each patch below
// restores Node 20's output or hands a binding our runtime can answer for real. Every patch must
// match exactly once, so a package update that moves the code fails the build instead of silently
// dropping the fix.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the patches are minified source text, not templates.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** [why, exact text in the package's dist, replacement]. */
const PATCHES = [
  [
    // V8's GetProxyDetails: proxies are recorded by the runtime's global Proxy (proxy-registry.ts), so
    // inspect prints a proxy's target without running its traps, and showProxy works.
    'proxy details',
    'getProxyDetails:y.getProxyDetails',
    'getProxyDetails:__tsvirtProxyRegistry.getProxyDetails',
  ],
  [
    // Node 20 prints a symbol key in brackets: `{ [Symbol(a)]: 1 }`.
    'symbol keys in brackets',
    's=t.stylize(e,"symbol")}else s=null!==It(Ln,r)',
    's=`[${t.stylize(e,"symbol")}]`}else s=null!==It(Ln,r)',
  ],
  [
    // Node 20's getPrefix: the toStringTag is shown whenever it differs from the constructor's name
    // (`MyMap(1) [Map] {}`); newer Nodes hide it when the name merely contains it.
    'prefix tag',
    'let o=`${t}${r} `;if(""!==e){const n=t.indexOf(e);if(-1===n)o+=`[${e}] `;else{const r=n+e.length;r!==t.length&&t[r]===t[r].toLowerCase()&&(o+=`[${e}] `)}}return o}',
    'return""!==e&&t!==e?`${t}${r} [${e}] `:`${t}${r} `}',
  ],
  [
    // Node 20 lists an ArrayBuffer's and a DataView's lengths as plain keys (`byteLength: 3`); newer
    // Nodes bracket them like hidden properties.
    'array buffer byteLength',
    'return n+`{ [byteLength]: ${ur(t.stylize,e.byteLength,!1)} }`;f[0]=`${n}{`,E=["byteLength"]',
    'return n+`{ byteLength: ${ur(t.stylize,e.byteLength,!1)} }`;f[0]=`${n}{`,l.unshift("byteLength")',
  ],
  [
    // Node 20's formatProperty reads a key with no own descriptor (a prototype getter such as
    // DataView's byteLength) as a plain value.
    'inherited keys',
    'if(void 0!==(i=i||pt(e,r)).value)',
    'if(void 0!==(i=i||pt(e,r)||{value:e[r],enumerable:!0}).value)',
  ],
  [
    'data view keys',
    'f[0]=`${Xn(c,u,"DataView")}{`,E=["byteLength","byteOffset","buffer"]',
    'f[0]=`${Xn(c,u,"DataView")}{`,l.unshift("byteLength","byteOffset","buffer")',
  ],
  [
    // Node 20 prints a proxy as its target when showProxy is off; newer Nodes wrap it in `Proxy(…)`.
    'proxy unwrapped',
    'if(0!==s)for(let e=0;e<s;e++)u=`${t.stylize("Proxy(","special")}${u}${t.stylize(")","special")}`;return u}',
    'return u}',
  ],
  [
    // node:util's inspect is a facade that loads this module on first use (internal/inspect.ts): it is
    // the inspect a custom inspector receives and the one it may compare against, as in Node.
    'util.inspect to custom inspectors',
    ',Nn);if(i!==l)',
    ',__tsvirtInspect.publicInspect()??Nn);if(i!==l)',
  ],
  [
    'util.inspect as a custom inspector',
    '"function"==typeof n&&n!==Nn&&',
    '"function"==typeof n&&n!==Nn&&n!==__tsvirtInspect.publicInspect()&&',
  ],
];

/** The esbuild plugin; `root` is the repository root. */
export function inspectPatches(root) {
  const registry = join(root, 'src/runtime/internal/proxy-registry.ts');
  const facade = join(root, 'src/runtime/internal/inspect.ts');
  return {
    name: 'tsvirt-inspect-patches',
    setup(b) {
      b.onLoad({ filter: /node-inspect-extracted[\\/]dist[\\/]inspect\.js$/ }, (args) => {
        let text = readFileSync(args.path, 'utf8');
        for (const [why, from, to] of PATCHES) {
          const at = text.indexOf(from);
          if (at === -1 || text.indexOf(from, at + 1) !== -1)
            throw new Error(`node-inspect-extracted: patch "${why}" does not match exactly once`);
          text = text.slice(0, at) + to + text.slice(at + from.length);
        }
        const head = `var __tsvirtProxyRegistry=require(${JSON.stringify(registry)});var __tsvirtInspect=require(${JSON.stringify(facade)});\n`;
        // Node 20 colours a whole RegExp red; newer Nodes highlight its syntax.
        const tail = '\nmodule.exports.inspect.styles.regexp="red";\n';
        return { contents: head + text + tail, loader: 'js' };
      });
    },
  };
}

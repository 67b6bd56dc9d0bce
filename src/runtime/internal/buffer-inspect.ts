// Guest zone: Buffer's util.inspect form, as Node 20 prints it: `<Buffer 68 69 ... 10 more bytes>`,
// with any extra own properties after the bytes. INSPECT_MAX_BYTES is live: node:buffer's export
// reads and writes the value kept here.

import { inspect } from './inspect.js';

let maxBytes = 50;

/** The current buffer.INSPECT_MAX_BYTES. */
export function getInspectMaxBytes(): number {
  return maxBytes;
}

/** Sets buffer.INSPECT_MAX_BYTES (Node accepts any number; NaN/negatives print no bytes). */
export function setInspectMaxBytes(n: number): void {
  maxBytes = n;
}

type Bytes = Uint8Array & { toString(enc: string, start?: number, end?: number): string };
type Ctx = { showHidden?: boolean } & Record<string, unknown>;

/** Installs `[util.inspect.custom]` on Buffer.prototype. */
export function installBufferInspect(proto: object): void {
  const inspectBuffer = function (this: Bytes, _depth: unknown, ctx?: Ctx): string {
    const shown = Math.max(0, Math.min(maxBytes, this.length));
    let str = this.toString('hex', 0, shown)
      .replace(/(.{2})/g, '$1 ')
      .trim();
    const remaining = this.length - maxBytes;
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    if (ctx) {
      const extras: Record<string, unknown> = Object.create(null);
      let any = false;
      const keys = ctx.showHidden ? Reflect.ownKeys(this) : Object.keys(this);
      for (const k of keys) {
        if (typeof k === 'string' && /^(0|[1-9][0-9]*)$/.test(k)) continue;
        if (!ctx.showHidden && typeof k === 'symbol' && !Object.prototype.propertyIsEnumerable.call(this, k))
          continue;
        any = true;
        extras[k as string] = (this as unknown as Record<PropertyKey, unknown>)[k];
      }
      if (any) {
        if (this.length !== 0) str += ', ';
        // '[Object: null prototype] {'.length is 26: keep only the properties between the braces.
        str += inspect(extras, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
      }
    }
    return `<${(this.constructor as { name: string }).name} ${str}>`;
  };
  Object.defineProperty(inspectBuffer, 'name', { value: 'inspect', configurable: true });
  const sym = Symbol.for('nodejs.util.inspect.custom');
  Object.defineProperty(proto, sym, { value: inspectBuffer, writable: true, configurable: true });
  Object.defineProperty(proto, 'inspect', { value: inspectBuffer, writable: true, configurable: true });
}

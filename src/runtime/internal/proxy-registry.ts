// Guest zone: remembers every Proxy's target and handler, so util.inspect can do what Node does with
// V8's internal GetProxyDetails: print a proxy without running its traps, honour showProxy, and say
// <Revoked Proxy>. The global Proxy is replaced at boot by a constructor that records each proxy.

const RealProxy = Proxy;
const details = new WeakMap<object, [object | null, object | null]>();

function record(proxy: object, target: object, handler: object): void {
  details.set(proxy, [target, handler]);
}

/**
 * Node's internal getProxyDetails: `[target, handler]` (or only the target when `withHandler` is
 * false) for a proxy, `[null, null]`/null once revoked, undefined for anything else.
 */
export function getProxyDetails(value: unknown, withHandler = true): unknown {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
  const d = details.get(value);
  if (d === undefined) return undefined;
  return withHandler ? d : d[0];
}

/** Whether `value` is a proxy created in this isolate (util.types.isProxy). */
export function isProxy(value: unknown): boolean {
  return getProxyDetails(value) !== undefined;
}

/** Installs the recording Proxy constructor as the global (non-enumerable, like the builtin). */
export function installProxyRegistry(g: Record<string, unknown>): void {
  // A bound function: constructible, no `prototype` property, and its source reads as native code,
  // all like the builtin Proxy.
  const ctor = function (this: unknown, target: object, handler: object) {
    if (new.target === undefined) throw new TypeError("Constructor Proxy requires 'new'");
    const p = new RealProxy(target, handler);
    record(p, target, handler);
    return p;
  }.bind(null);
  Object.defineProperty(ctor, 'name', { value: 'Proxy', configurable: true });
  Object.defineProperty(ctor, 'revocable', {
    value: function revocable(target: object, handler: object) {
      const r = RealProxy.revocable(target, handler);
      record(r.proxy, target, handler);
      const revoke = r.revoke;
      return {
        proxy: r.proxy,
        revoke: () => {
          details.set(r.proxy, [null, null]);
          revoke();
        },
      };
    },
    writable: true,
    configurable: true,
  });
  Object.defineProperty(g, 'Proxy', { value: ctor, writable: true, configurable: true, enumerable: false });
}

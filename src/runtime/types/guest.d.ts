// Guest zone: the few host-independent globals V8 gives an isolate that lib.es2023 does not declare,
// and the shapes we rely on from the bundled polyfill packages (which ship no types of their own).

interface ErrorConstructor {
  captureStackTrace(target: object, ctor?: (...args: never[]) => unknown): void;
  stackTraceLimit: number;
}

declare module 'events' {
  class EventEmitter {
    static defaultMaxListeners: number;
    on(event: string | symbol, listener: (...args: any[]) => void): this;
    once(event: string | symbol, listener: (...args: any[]) => void): this;
    off(event: string | symbol, listener: (...args: any[]) => void): this;
    addListener(event: string | symbol, listener: (...args: any[]) => void): this;
    removeListener(event: string | symbol, listener: (...args: any[]) => void): this;
    removeAllListeners(event?: string | symbol): this;
    emit(event: string | symbol, ...args: unknown[]): boolean;
    listenerCount(event: string | symbol): number;
    listeners(event: string | symbol): Array<(...args: any[]) => void>;
    setMaxListeners(n: number): this;
    getMaxListeners(): number;
  }
  export default EventEmitter;
}

declare module 'readable-stream' {
  import EventEmitter from 'events';
  export class Readable extends EventEmitter {
    constructor(opts?: object);
    push(chunk: unknown): boolean;
    read(size?: number): unknown;
    isPaused(): boolean;
    pause(): this;
    resume(): this;
    destroy(err?: Error): this;
    setEncoding(enc: string): this;
    readonly destroyed: boolean;
    _destroy(err: Error | null, callback: (err: Error | null) => void): void;
  }
  export class Writable extends EventEmitter {
    constructor(opts?: object);
    write(chunk: unknown, cb?: (err?: Error | null) => void): boolean;
    end(cb?: () => void): this;
    destroy(err?: Error): this;
    readonly destroyed: boolean;
  }
  export class Duplex extends Readable {
    write(chunk: unknown, cb?: (err?: Error | null) => void): boolean;
    end(cb?: () => void): this;
  }
  export class Transform extends Duplex {
    constructor(opts?: object);
    _transform(
      chunk: unknown,
      encoding: unknown,
      callback: (err?: Error | null, data?: unknown) => void,
    ): void;
    _flush(callback: (err?: Error | null, data?: unknown) => void): void;
  }
  export const Stream: unknown;
}

declare module 'string_decoder' {
  export class StringDecoder {
    constructor(encoding?: string);
    write(buf: Uint8Array): string;
    end(buf?: Uint8Array): string;
  }
}

declare module 'whatwg-url' {
  export const URL: any;
  export const URLSearchParams: any;
}

declare module 'assert' {
  const assert: ((value: unknown, message?: string) => void) & Record<string, any>;
  export default assert;
}

declare module 'util' {
  export const inherits: (ctor: unknown, superCtor: unknown) => void;
  export const promisify: (fn: unknown) => unknown;
}

declare module 'url' {
  export const parse: unknown;
  export const format: unknown;
  export const resolve: unknown;
}

declare module 'querystring-es3' {
  const qs: Record<string, unknown>;
  export default qs;
}

declare module 'path-browserify' {
  interface PathModule {
    resolve(...segments: string[]): string;
    join(...segments: string[]): string;
    normalize(p: string): string;
    isAbsolute(p: string): boolean;
    relative(from: string, to: string): string;
    dirname(p: string): string;
    basename(p: string, ext?: string): string;
    extname(p: string): string;
    format(o: object): string;
    parse(p: string): object;
    sep: string;
    delimiter: string;
  }
  const path: PathModule;
  export default path;
}

declare module 'punycode/' {
  const punycode: Record<string, unknown>;
  export default punycode;
}

declare module '@ungap/structured-clone' {
  const structuredClone: (value: unknown, options?: unknown) => unknown;
  export default structuredClone;
}

declare module 'event-target-shim' {
  export class Event {
    constructor(type: string, init?: object);
    readonly type: string;
  }
  export class EventTarget {
    addEventListener(type: string, listener: (ev: any) => void, options?: object): void;
    removeEventListener(type: string, listener: (ev: any) => void): void;
    dispatchEvent(ev: Event): boolean;
  }
  export function setErrorHandler(fn: ((err: Error) => void) | undefined): void;
  export function setWarningHandler(fn: ((warning: unknown) => void) | undefined): void;
}

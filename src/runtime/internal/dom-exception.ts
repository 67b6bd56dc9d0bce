// Guest zone: DOMException (a global in Node 17+), which V8 alone does not have; Web APIs throw it.

const CODES: Record<string, number> = {
  IndexSizeError: 1,
  HierarchyRequestError: 3,
  WrongDocumentError: 4,
  InvalidCharacterError: 5,
  NoModificationAllowedError: 7,
  NotFoundError: 8,
  NotSupportedError: 9,
  InvalidStateError: 11,
  SyntaxError: 12,
  InvalidModificationError: 13,
  NamespaceError: 14,
  InvalidAccessError: 15,
  TypeMismatchError: 17,
  SecurityError: 18,
  NetworkError: 19,
  AbortError: 20,
  URLMismatchError: 21,
  QuotaExceededError: 22,
  TimeoutError: 23,
  InvalidNodeTypeError: 24,
  DataCloneError: 25,
};

export class DOMException extends Error {
  readonly #name: string;
  readonly #code: number;

  constructor(message: unknown = '', options: unknown = 'Error') {
    super(String(message));
    const name =
      options && typeof options === 'object'
        ? String((options as { name?: unknown }).name ?? 'Error')
        : String(options);
    if (options && typeof options === 'object' && 'cause' in options) {
      Object.defineProperty(this, 'cause', {
        value: (options as { cause: unknown }).cause,
        configurable: true,
        writable: true,
      });
    }
    this.#name = name;
    this.#code = CODES[name] ?? 0;
  }

  override get name(): string {
    return this.#name;
  }

  get code(): number {
    return this.#code;
  }

  get [Symbol.toStringTag](): string {
    return 'DOMException';
  }
}

for (const [name, code] of Object.entries(CODES)) {
  const constName = name
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .replace(/_ERROR$/, '_ERR');
  Object.defineProperty(DOMException, constName, { value: code, enumerable: true });
}

/** A DOMException with this name (and its legacy code). */
export function domException(message: string, name: string): DOMException {
  return new DOMException(message, name);
}

// Guest zone: the WHATWG stream classes (web-streams-polyfill) as one module the runtime can load
// lazily. A `require` of the package itself would pick its CommonJS build, a second copy of every
// class (instanceof checks against node:stream/web's classes then fail); an ES import picks the one
// node:stream/web uses.

export * from 'web-streams-polyfill';

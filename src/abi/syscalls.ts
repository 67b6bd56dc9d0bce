// ABI zone: the syscall contract: every name the door accepts and the shape of its arguments and result.
// The kernel's table (kernel/syscalls/table.ts) must cover exactly these names; a policy test checks it.
// Paths are strings exactly as the program gave them (errors echo them back); the kernel resolves them
// against the calling process's cwd. Times are ms since the epoch. Byte payloads are Uint8Array.

import type { WireError } from './errno.js';
import type { WireDirent, WireStat } from './wire.js';

type Fd = number;

/**
 * The most bytes one synchronous hash or cipher update may carry: the kernel hashes them on its own
 * thread, and sha3-512 takes ~3 ms for 256 KiB (64 MiB took ~66-800 ms in one call, a stall for every
 * container). A sync call carrying more is refused (E2BIG); the runtime blocks on the async form for
 * larger inputs, which the kernel works through a slice of this size per turn of its loop.
 */
export const CRYPTO_SYNC_CHUNK = 256 * 1024;

/**
 * The largest input of a synchronous one-shot zlib call (zlib.process's sync form, at most ~1 ms of the
 * kernel's thread): a small `gzipSync` costs one crossing, not a pool job the guest blocks on (2.5×
 * slower). Bigger inputs, brotli compression at quality 10-11 and decompressions whose output would
 * pass ZLIB_SYNC_OUTPUT run on the pool.
 */
export const ZLIB_SYNC_INPUT = 64 * 1024;
/** The output a synchronous one-shot decompression may make before it is handed to the pool instead. */
export const ZLIB_SYNC_OUTPUT = 1024 * 1024;

/** The longest domain text.domainToASCII maps (the host's work is linear in it; DNS names are ≤ 253 bytes). */
export const MAX_DOMAIN = 1 << 20;

/** Arguments and results of each syscall. `async` marks calls that may also be started with door.async. */
export interface SyscallSpec {
  // ---- fs: paths --------------------------------------------------------------------------------
  'fs.open': { args: { path: string; flags: number; mode: number }; result: Fd };
  'fs.stat': { args: { path: string }; result: WireStat };
  'fs.lstat': { args: { path: string }; result: WireStat };
  'fs.access': { args: { path: string; mode: number }; result: null };
  /** With `encoding: 'utf8'` the kernel answers the decoded text. */
  'fs.readFile': { args: { path: string; encoding?: 'utf8' } | { fd: Fd }; result: Uint8Array | string };
  'fs.writeFile': {
    args: { path: string; data: Uint8Array | string; flags: number; mode: number };
    result: null;
  };
  'fs.readdir': { args: { path: string }; result: WireDirent[] };
  /**
   * readFile (bytes or UTF-8 text), stat, lstat, readdir, access, realpath or readlink, answered with
   * the fs generation it was read at (-1: not cacheable) so the process may cache it; errors come back
   * as data, not thrown.
   */
  'fs.cached': {
    args: {
      op: 'readFile' | 'readFileUtf8' | 'stat' | 'lstat' | 'readdir' | 'access' | 'realpath' | 'readlink';
      path: string;
      mode?: number;
    };
    result:
      | { gen: number; value: Uint8Array | string | WireStat | WireDirent[] | null }
      | { gen: number; err: WireError };
  };
  'fs.mkdir': { args: { path: string; mode: number; recursive: boolean }; result: string | null };
  'fs.mkdtemp': { args: { prefix: string }; result: string };
  'fs.rmdir': { args: { path: string }; result: null };
  'fs.rm': { args: { path: string; recursive: boolean; force: boolean }; result: null };
  'fs.unlink': { args: { path: string }; result: null };
  'fs.rename': { args: { from: string; to: string }; result: null };
  'fs.link': { args: { existing: string; path: string }; result: null };
  'fs.symlink': { args: { target: string; path: string }; result: null };
  'fs.readlink': { args: { path: string }; result: string };
  'fs.realpath': { args: { path: string }; result: string };
  'fs.chmod': { args: { path: string; mode: number; nofollow?: boolean }; result: null };
  'fs.chown': { args: { path: string; uid: number; gid: number; nofollow?: boolean }; result: null };
  'fs.utimes': { args: { path: string; atime: number; mtime: number; nofollow?: boolean }; result: null };
  'fs.truncate': { args: { path: string; len: number }; result: null };
  'fs.copyFile': { args: { src: string; dest: string; mode: number }; result: null };
  // ---- fs: descriptors --------------------------------------------------------------------------
  'fs.close': { args: { fd: Fd }; result: null };
  'fs.read': { args: { fd: Fd; length: number; position: number | null }; result: Uint8Array };
  'fs.write': { args: { fd: Fd; data: Uint8Array | string; position: number | null }; result: number };
  'fs.fstat': { args: { fd: Fd }; result: WireStat };
  'fs.fchmod': { args: { fd: Fd; mode: number }; result: null };
  'fs.fchown': { args: { fd: Fd; uid: number; gid: number }; result: null };
  'fs.futimes': { args: { fd: Fd; atime: number; mtime: number }; result: null };
  'fs.ftruncate': { args: { fd: Fd; len: number }; result: null };
  'fs.fsync': { args: { fd: Fd }; result: null };
  /** Starts delivering an fd's bytes as `data` events (stdin, pipes); async only. */
  'fs.readStream': { args: { fd: Fd }; result: null };
  // ---- streams started with door.async ----------------------------------------------------------
  'stream.pause': { args: { id: number }; result: null };
  'stream.resume': { args: { id: number }; result: null };
  'stream.close': { args: { id: number }; result: null };
  // ---- modules ----------------------------------------------------------------------------------
  /**
   * Resolves a CommonJS `require` and reads the file: one crossing per module. With `compile`, a
   * CommonJS file is also compiled as module.compile would (once per file and process), the function
   * left in the runtime's compile slot. The runtime asks only where the microtask checkpoint that ends
   * the kernel's call into the isolate runs nothing out of order (inside a microtask, before main).
   */
  'module.require': {
    args: { request: string; parent: string | null; compile?: boolean };
    result:
      | {
          filename: string;
          format: 'commonjs' | 'json' | 'module' | 'addon' | 'builtin';
          source: string | null;
          /** CommonJS compiled with its file as the origin, the function left in the compile slot. */
          compiled: boolean;
        }
      | { error: { code: string; message: string } };
  };
  /**
   * require() of an ES module (`format: 'module'` from module.require): loads, links and evaluates the
   * graph inside this call, within a time limit. The namespace is delivered in-guest through
   * hooks.reg(id, ns) with the caller's negative `id`; no reg means the graph awaits at top level.
   */
  /** The container's terminal size now (after a resize, SIGWINCH tells the process to ask). */
  'tty.getWindowSize': { args: Record<string, never>; result: { columns: number; rows: number } };
  'module.requireEsm': {
    args: { filename: string; id: number };
    result:
      | { ok: true }
      | { failed: import('./wire.js').RejectionReason }
      | { error: { code?: string; name: string; message: string; stack?: string } };
  };
  /** `require.resolve` without reading the file (and the format Node would load it as). */
  'module.resolve': {
    args: { request: string; parent: string | null; paths?: string[] };
    result:
      | { filename: string; format: 'commonjs' | 'json' | 'module' | 'addon' | 'builtin' }
      | { error: { code: string; message: string } };
  };
  /**
   * Loads an ES module graph and evaluates it, as a host turn; async only. `referrer` is a path or
   * file: URL (null: the cwd). With `inline` + `source`, the code itself is the root module. The
   * namespace is delivered in-guest (the glue module calls the runtime's hooks.reg(opId, ns)); the
   * completion value says how evaluation went.
   */
  'module.import': {
    args: {
      specifier: string;
      referrer: string | null;
      inline?: 'eval' | 'stdin';
      source?: string;
      /** Import attributes of a dynamic import (`{ with: { type: 'json' } }`). */
      attributes?: Record<string, string>;
    };
    result:
      | { ok: true }
      | { failed: import('./wire.js').RejectionReason }
      | { error: { code?: string; name: string; message: string; stack?: string } };
  };
  /**
   * Compiles CommonJS code with `filename` (an absolute path) as its script origin, as Node compiles a
   * module: call sites then name the file and are not eval code. With `wrap`, the kernel puts the
   * CommonJS wrapper (abi/cjs-wrapper.ts) around `source`. The compiled value (the wrapper's outer
   * function) is delivered in-guest, into the runtime's compile slot; `true` says it is there, `false`
   * that the code did not compile or run to a function (the runtime then evaluates it itself, so the
   * program sees the genuine SyntaxError). isolated-vm ends the kernel's call into the isolate with a
   * microtask checkpoint, so the runtime calls this only inside a microtask (where V8 skips it).
   */
  'module.compile': { args: { source: string; filename: string; wrap: boolean }; result: boolean };
  /** Rewrites `import(` in inline CommonJS code (`-e`, stdin) to the loader's same-length binding. */
  'module.rewrite': { args: { source: string }; result: string };
  /** `import.meta.resolve`: the URL `specifier` resolves to from the module at `referrer` (a URL). */
  'module.resolveImport': {
    args: { specifier: string; referrer: string };
    result: { url: string } | { error: { code: string; message: string } };
  };
  // ---- child processes, pipes, IPC (kernel/syscalls/child.ts, fd.ts) -------------------------
  /** stdio items: 'pipe' | 'ignore' | 'inherit' | a parent fd. Pipe ends for the parent come back as fds. */
  'proc.spawn': {
    args: {
      /** argv[0] is the program (PATH, shebang and execute-bit rules); `argv0` what it sees as its name. */
      argv: string[];
      argv0?: string;
      env: Record<string, string>;
      cwd: string | null;
      stdio: Array<'pipe' | 'ignore' | 'inherit' | number>;
      ipc: boolean;
      detached: boolean;
      uid?: number;
      gid?: number;
    };
    result: { pid: number; fds: Array<number | null>; ipc: number | null };
  };
  /** waitpid for a child; async only. `code` is null when a signal ended it. */
  'proc.wait': { args: { pid: number }; result: { code: number | null; signal: string | null } };
  /** spawn, feed `input`, collect stdout/stderr, wait; async only (the runtime blocks on it). */
  'proc.spawnSync': {
    args: SyscallSpec['proc.spawn']['args'] & {
      input: Uint8Array | null;
      timeoutMs?: number;
      maxBuffer?: number;
      killSignal?: string;
    };
    result: {
      pid: number;
      code: number | null;
      signal: string | null;
      stdout: Uint8Array;
      stderr: Uint8Array;
      error: string | null;
    };
  };
  'proc.setpgid': { args: { pid: number; pgid: number }; result: null };
  'proc.getpgid': { args: { pid: number }; result: number };
  'ipc.send': { args: { id: number; message: string }; result: null };
  /** Delivers the other end's messages (UTF-8 JSON) as data events; async only. */
  'ipc.recv': { args: { id: number }; result: null };
  'ipc.close': { args: { id: number }; result: null };
  'fd.pipe': { args: Record<string, never>; result: [number, number] };
  'fd.dup2': { args: { from: number; to: number }; result: number };
  /** Completes when a full pipe has room again; async only. */
  'fd.waitWritable': { args: { fd: number }; result: null };
  // ---- blocking waits (runtime/internal/block.ts) ---------------------------------------------
  /** Starts an async-capable syscall by name and answers its op id. */
  'op.start': { args: { name: string; args: unknown }; result: number };
  /** Routes op `id`'s completion to the process's mailbox (the guest sleeps on the wake word). */
  'op.block': { args: { id: number }; result: null };
  'op.take': { args: { id: number }; result: { ready: boolean; err: unknown; value: unknown } };
  /** Whether a pending op keeps the process alive (unref'd child handles, IPC channels). */
  'op.ref': { args: { id: number; ref: boolean }; result: null };
  // ---- process ----------------------------------------------------------------------------------
  'proc.exit': { args: { code?: number; signal?: string }; result: null };
  /** Whether the kernel holds nothing that keeps the process alive: no referenced op, no queued event. */
  'proc.idle': { args: null; result: boolean };
  /**
   * proc.idle, and when it answers true the process has exited with `code`: the guest then returns
   * from its turn without running anything more, and the kernel frees the isolate once it has.
   */
  'proc.exitIfIdle': { args: { code: number }; result: boolean };
  'proc.chdir': { args: { path: string }; result: string };
  'proc.umask': { args: { mask?: number }; result: number };
  'proc.kill': { args: { pid: number; sig: string | 0 }; result: null };
  'proc.sigaction': { args: { sig: string; handled: boolean }; result: null };
  /**
   * The process's memory (rss, heapTotal, heapUsed, external, arrayBuffers) as of the end of its last
   * turn: a reading now would be a call into the isolate, which isolated-vm ends with a microtask
   * checkpoint (the caller's queued reactions would run in the middle of its code).
   */
  'proc.memory': { args: Record<string, never>; result: Record<string, number> };
  'proc.cpu': { args: Record<string, never>; result: { user: number; system: number } };
  // ---- time, tty, random, text ------------------------------------------------------------------
  'time.monotonic': { args: null; result: number };
  /**
   * A domain to ASCII as the WHATWG URL host parser does (UTS #46 non-transitional processing, then
   * the host checks); '' when it is not a valid domain. The IDNA tables stay on the host.
   */
  'text.domainToASCII': { args: { domain: string }; result: string };
  'tty.setRawMode': { args: { fd: Fd; mode: boolean }; result: null };
  'random.bytes': { args: { size: number }; result: Uint8Array };
  // ---- crypto (streaming states are per-process integer ids; OpenSSL failures answer LibError) ---
  'crypto.info': { args: null; result: { hashes: string[]; ciphers: string[] } };
  'crypto.hashOpen': {
    args: { algorithm: string; key?: Uint8Array; outputLength?: number };
    result: number | LibError;
  };
  /** Sync: at most CRYPTO_SYNC_CHUNK bytes; async too (up to 64 MiB, a slice per kernel turn). */
  'crypto.hashUpdate': { args: { id: number; data: Uint8Array }; result: null };
  /** Finishes and closes the state. */
  'crypto.hashDigest': { args: { id: number }; result: Uint8Array };
  'crypto.hashCopy': { args: { id: number; outputLength?: number }; result: number | LibError };
  'crypto.hashClose': { args: { id: number }; result: null };
  /** One-shot hash, or HMAC when `key` is given; at most CRYPTO_SYNC_CHUNK bytes of data. */
  'crypto.digest': {
    args: { algorithm: string; data: Uint8Array; key?: Uint8Array; outputLength?: number };
    result: Uint8Array | LibError;
  };
  /**
   * Async: on the kernel's thread pool. Sync: only for cheap calls (iterations × output blocks at most
   * 1024), E2BIG otherwise, and pbkdf2Sync then blocks on the async form.
   */
  'crypto.pbkdf2': {
    args: { password: Uint8Array; salt: Uint8Array; iterations: number; keylen: number; digest: string };
    result: Uint8Array | LibError;
  };
  /** Async only (its work runs on the kernel's thread pool; scryptSync blocks on it). */
  'crypto.scrypt': {
    args: {
      password: Uint8Array;
      salt: Uint8Array;
      keylen: number;
      N: number;
      r: number;
      p: number;
      maxmem: number;
    };
    result: Uint8Array | LibError;
  };
  /** async too. */
  'crypto.hkdf': {
    args: { digest: string; ikm: Uint8Array; salt: Uint8Array; info: Uint8Array; keylen: number };
    result: Uint8Array | LibError;
  };
  'crypto.cipherOpen': {
    args: {
      algorithm: string;
      key: Uint8Array;
      iv: Uint8Array | null;
      decrypt: boolean;
      authTagLength?: number;
    };
    result: number | LibError;
  };
  /** Sync: at most CRYPTO_SYNC_CHUNK bytes; async too (up to 64 MiB, a slice per kernel turn). */
  'crypto.cipherUpdate': { args: { id: number; data: Uint8Array }; result: Uint8Array | LibError };
  /** Finishes and closes the state; `tag` is the auth tag of an AEAD encryption. */
  'crypto.cipherFinal': {
    args: { id: number };
    result: { data: Uint8Array; tag: Uint8Array | null } | LibError;
  };
  'crypto.cipherSetAAD': {
    args: { id: number; data: Uint8Array; plaintextLength?: number };
    result: null | LibError;
  };
  'crypto.cipherSetAuthTag': { args: { id: number; tag: Uint8Array }; result: null | LibError };
  'crypto.cipherSetAutoPadding': { args: { id: number; pad: boolean }; result: null };
  'crypto.cipherClose': { args: { id: number }; result: null };
  /** PEM keys (spki / pkcs8); async only (on the kernel's thread pool; the Sync form blocks on it). */
  'crypto.generateKeyPair': {
    args: { type: string; modulusLength?: number; publicExponent?: number; namedCurve?: string };
    result: { publicKey: string; privateKey: string } | LibError;
  };
  /** Async only (on the kernel's thread pool: an RSA 4096 signature takes ~8 ms); sign() blocks on it. */
  'crypto.sign': {
    args: SignArgs;
    result: Uint8Array | LibError;
  };
  /** Async only, like crypto.sign. */
  'crypto.verify': { args: SignArgs & { signature: Uint8Array }; result: boolean | LibError };
  /** RSA encryption with a PEM key: publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt. */
  'crypto.rsa': {
    args: { op: string; key: string; padding?: number; oaepHash?: string; data: Uint8Array };
    result: Uint8Array | LibError;
  };
  /** Re-encodes a PEM key: DER bytes, a JWK record, or PEM of another type. */
  'crypto.keyExport': {
    args: { key: string; format: 'pem' | 'der' | 'jwk'; type?: 'spki' | 'pkcs8' | 'pkcs1' | 'sec1' };
    result: string | Uint8Array | Record<string, string> | LibError;
  };
  /** Any key encoding (PEM text, DER bytes, a JWK record) as PEM. */
  'crypto.keyImport': {
    args: {
      key: string | Uint8Array | Record<string, string>;
      format: 'pem' | 'der' | 'jwk';
      type?: 'spki' | 'pkcs8' | 'pkcs1' | 'sec1';
      private: boolean;
    };
    result: string | LibError;
  };
  'crypto.keyDetails': {
    args: { key: string };
    result:
      | {
          type: 'public' | 'private';
          asymmetricKeyType: string | null;
          modulusLength: number | null;
          namedCurve: string | null;
          publicKey: string;
        }
      | LibError;
  };
  // ---- zlib (stream handles are per-process integer ids; output is capped per call) ------------
  /**
   * One-shot (de)compression. Async: on the kernel's thread pool (big *Sync calls block on it). Sync:
   * only for small, bounded work (ZLIB_SYNC_INPUT, ZLIB_SYNC_OUTPUT, no brotli quality 10-11), E2BIG
   * otherwise, and then the runtime blocks on the async form.
   */
  'zlib.process': {
    args: { kind: ZlibKind; data: Uint8Array; options: ZlibOptions };
    result: Uint8Array | LibError;
  };
  'zlib.open': { args: { kind: ZlibKind; options: ZlibOptions }; result: number | LibError };
  /** Feeds one chunk with a flush flag; async only; resolves to the output it produced. */
  'zlib.write': { args: { id: number; data: Uint8Array; flush: number }; result: Uint8Array | LibError };
  'zlib.reset': { args: { id: number }; result: null };
  /** Changes a deflate stream's level and strategy (after the runtime flushed it). */
  'zlib.params': { args: { id: number; level: number; strategy: number }; result: null };
  'zlib.close': { args: { id: number }; result: null };
  // ---- net: the container's network namespace (socket and listener ids are per process) ---------
  /** Binds a listener; port 0 picks a free port; "::" binds the IPv4 wildcard. */
  'net.listen': { args: { host: string; port: number; backlog?: number }; result: NetBound };
  /** async only: completes with the next connection, or null when the listener closes. */
  'net.accept': { args: { id: number }; result: NetSocketInfo | null };
  'net.unlisten': { args: { id: number }; result: null };
  /** async too (completes next turn); host must be an IPv4 address (resolve names first). */
  'net.connect': { args: { host: string; port: number }; result: NetSocketInfo };
  /** async only: delivers the peer's bytes as data events; pause/resume/close with stream.*. */
  'net.read': { args: { id: number }; result: null };
  /** Queues bytes at the peer; false asks the writer to wait (net.waitDrain) before writing more. */
  'net.write': { args: { id: number; data: Uint8Array }; result: boolean };
  /** async only: completes once the peer's unread bytes fall below its buffer size. */
  'net.waitDrain': { args: { id: number }; result: null };
  /** Half-close: the peer reads to the end, then sees end of stream. */
  'net.shutdown': { args: { id: number }; result: null };
  'net.close': { args: { id: number }; result: null };
  /** IPv4 addresses for a name (localhost, own hostname, container names and aliases); may be empty. */
  'net.resolve': { args: { name: string }; result: string[] };
  'net.interfaces': { args: null; result: { address: string; network: string; prefix: number }[] };
  // ---- http: framed on the host by node:http (exchange ids are per process) ---------------------
  'http.listen': { args: { host: string; port: number; backlog?: number }; result: NetBound };
  /** async only: the next request's head (with its exchange id; 0 for an upgrade), or null when closed. */
  'http.accept': { args: { id: number }; result: HttpHead | null };
  'http.unlisten': { args: { id: number }; result: null };
  /** headers: flat raw list [name, value, …]. */
  'http.writeHead': {
    args: { id: number; status: number; message?: string; headers: string[]; sendDate?: boolean };
    result: null;
  };
  /** A whole response at once (head, optional body, end) and the exchange released: res.end(body). */
  'http.respond': {
    args: {
      id: number;
      status: number;
      message?: string;
      headers: string[];
      sendDate?: boolean;
      data?: Uint8Array;
    };
    result: null;
  };
  /** Many whole responses in one crossing (a busy server's turn), as columns: entry i is ids[i],
   * statuses[i] … and the next lengths[i] bytes of `bodies` (-1: no body). Every entry is validated
   * before any is sent; returns the ids that could not be answered. */
  'http.respondAll': {
    args: {
      ids: number[];
      statuses: number[];
      messages: string[];
      headers: string[][];
      sendDates: boolean[];
      lengths: number[];
      bodies: Uint8Array;
    };
    result: number[];
  };
  /** Starts a client request to an IPv4 address (over TLS terminated on the host when `tls` is given);
   * returns its exchange id. */
  'http.request': {
    args: {
      host: string;
      port: number;
      method: string;
      path: string;
      headers: string[];
      keepAlive: boolean;
      tls?: TlsClientOptions;
    };
    result: number;
  };
  /** async only: the response head of a client exchange; a failed TLS handshake is a LibError. */
  'http.response': { args: { id: number }; result: HttpHead | LibError };
  /** Body bytes of the outgoing message; false: wait for http.waitDrain. */
  'http.write': { args: { id: number; data: Uint8Array }; result: boolean };
  'http.waitDrain': { args: { id: number }; result: null };
  'http.end': { args: { id: number }; result: null };
  /** async only: the incoming message's body as data events. */
  'http.body': { args: { id: number }; result: null };
  'http.close': { args: { id: number }; result: null };
  // ---- tls: client connections terminated on the host (certificates are checked there) ----------
  /** async only: connects (through egress) and completes the handshake; the socket id carries cleartext. */
  'tls.connect': {
    args: { host: string; port: number; tls: TlsClientOptions };
    result: TlsConnected | LibError;
  };
}

/** What a guest may ask of a TLS client connection. */
export interface TlsClientOptions {
  /** SNI and the name the certificate must match; absent: the address dialled. */
  servername?: string;
  /** PEM certificates to trust instead of the host's roots. */
  ca?: string[];
  rejectUnauthorized: boolean;
  ALPNProtocols?: string[];
}

/** A TLS connection's socket and what the handshake established. */
export interface TlsConnected {
  socket: NetSocketInfo;
  authorized: boolean;
  authorizationError: string | null;
  alpnProtocol: string | false;
  protocol: string | null;
  cipher: string | null;
  peerCertificate: {
    subject: Record<string, string>;
    issuer: Record<string, string>;
    subjectaltname: string;
    valid_from: string;
    valid_to: string;
    serialNumber: string;
    fingerprint256: string;
  };
}

/** A library-level failure (OpenSSL, zlib) answered as a result: the runtime rethrows it Node-shaped. */
export interface LibError {
  error: { name: 'Error' | 'TypeError' | 'RangeError'; code: string | null; message: string; errno?: number };
}

interface SignArgs {
  algorithm: string | null;
  data: Uint8Array;
  /** PEM text. */
  key: string;
  padding?: number;
  saltLength?: number;
  dsaEncoding?: 'der' | 'ieee-p1363';
}

export type ZlibKind =
  | 'deflate'
  | 'inflate'
  | 'gzip'
  | 'gunzip'
  | 'deflateRaw'
  | 'inflateRaw'
  | 'unzip'
  | 'brotliCompress'
  | 'brotliDecompress';

export interface ZlibOptions {
  level?: number;
  windowBits?: number;
  memLevel?: number;
  strategy?: number;
  chunkSize?: number;
  dictionary?: Uint8Array;
  finishFlush?: number;
  params?: Record<number, number>;
  maxOutputLength?: number;
}

/** A bound listener. */
export interface NetBound {
  id: number;
  address: string;
  port: number;
}

/** A connected socket's id and both ends' addresses. */
export interface NetSocketInfo {
  id: number;
  localAddress: string;
  localPort: number;
  remoteAddress: string;
  remotePort: number;
}

/** The head of an HTTP message as the host's node:http parsed it. */
export interface HttpHead {
  id?: number;
  method: string | null;
  url: string | null;
  statusCode: number | null;
  statusMessage: string | null;
  httpVersion: string;
  rawHeaders: string[];
  remoteAddress: string | null;
  remotePort: number | null;
  /** A protocol upgrade: the connection is now this net socket; `head` = bytes read past the head. */
  upgrade?: { socket: NetSocketInfo; head: Uint8Array } | null;
  /** http.accept: requests that were already queued, handed over in the same completion (a batch). */
  more?: HttpHeadColumns;
}

/** Server-side request heads as columns (row i: ids[i], methods[i] …): structured clone writes every
 * key of every record, and a busy server's batch holds dozens of them. */
export interface HttpHeadColumns {
  ids: number[];
  methods: string[];
  urls: string[];
  httpVersions: string[];
  rawHeaders: string[][];
  remoteAddresses: (string | null)[];
  remotePorts: (number | null)[];
}

export type SyscallName = keyof SyscallSpec;
export type SyscallArgs<N extends SyscallName> = SyscallSpec[N]['args'];
export type SyscallResult<N extends SyscallName> = SyscallSpec[N]['result'];

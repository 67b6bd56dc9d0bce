// ABI zone: the one errno catalogue, shared by the kernel (which raises codes) and the runtime
// (which turns them into Node-shaped errors). Numbers and messages are libuv's on Linux, as Node prints them.

/** errno code → [negative errno, message as Node prints it]. */
export const ERRNO = {
  EPERM: [-1, 'operation not permitted'],
  ENOENT: [-2, 'no such file or directory'],
  ESRCH: [-3, 'no such process'],
  EINTR: [-4, 'interrupted system call'],
  EIO: [-5, 'i/o error'],
  ENXIO: [-6, 'no such device or address'],
  E2BIG: [-7, 'argument list too long'],
  ENOEXEC: [-8, 'exec format error'],
  EBADF: [-9, 'bad file descriptor'],
  ECHILD: [-10, 'no child processes'],
  EAGAIN: [-11, 'resource temporarily unavailable'],
  ENOMEM: [-12, 'not enough memory'],
  EACCES: [-13, 'permission denied'],
  EFAULT: [-14, 'bad address in system call argument'],
  EBUSY: [-16, 'resource busy or locked'],
  EEXIST: [-17, 'file already exists'],
  EXDEV: [-18, 'cross-device link not permitted'],
  ENODEV: [-19, 'no such device'],
  ENOTDIR: [-20, 'not a directory'],
  EISDIR: [-21, 'illegal operation on a directory'],
  EINVAL: [-22, 'invalid argument'],
  ENFILE: [-23, 'file table overflow'],
  EMFILE: [-24, 'too many open files'],
  ENOTTY: [-25, 'inappropriate ioctl for device'],
  ETXTBSY: [-26, 'text file is busy'],
  EFBIG: [-27, 'file too large'],
  ENOSPC: [-28, 'no space left on device'],
  ESPIPE: [-29, 'invalid seek'],
  EROFS: [-30, 'read-only file system'],
  EMLINK: [-31, 'too many links'],
  EPIPE: [-32, 'broken pipe'],
  ERANGE: [-34, 'result too large'],
  ENAMETOOLONG: [-36, 'name too long'],
  ENOSYS: [-38, 'function not implemented'],
  ENOTEMPTY: [-39, 'directory not empty'],
  ELOOP: [-40, 'too many symbolic links encountered'],
  EPROTO: [-71, 'protocol error'],
  ENOTSOCK: [-88, 'socket operation on non-socket'],
  EMSGSIZE: [-90, 'message too long'],
  ENOTSUP: [-95, 'operation not supported on socket'],
  EAFNOSUPPORT: [-97, 'address family not supported'],
  EADDRINUSE: [-98, 'address already in use'],
  EADDRNOTAVAIL: [-99, 'address not available'],
  ENETDOWN: [-100, 'network is down'],
  ENETUNREACH: [-101, 'network is unreachable'],
  ECONNABORTED: [-103, 'software caused connection abort'],
  ECONNRESET: [-104, 'connection reset by peer'],
  ENOBUFS: [-105, 'no buffer space available'],
  EISCONN: [-106, 'socket is already connected'],
  ENOTCONN: [-107, 'socket is not connected'],
  ETIMEDOUT: [-110, 'connection timed out'],
  ECONNREFUSED: [-111, 'connection refused'],
  EHOSTUNREACH: [-113, 'host is unreachable'],
  EALREADY: [-114, 'connection already in progress'],
  ECANCELED: [-125, 'operation canceled'],
  ENOTFOUND: [-3008, 'getaddrinfo ENOTFOUND'],
  EOF: [-4095, 'end of file'],
} as const satisfies Record<string, readonly [number, string]>;

export type ErrnoCode = keyof typeof ERRNO;

/** True when `code` names an entry of the catalogue (guest input is checked with this). */
export function isErrnoCode(code: unknown): code is ErrnoCode {
  return typeof code === 'string' && Object.hasOwn(ERRNO, code);
}

/**
 * An error as it crosses the door: data only, never a host Error, message or stack.
 * `path` and `dest` are guest paths, exactly as the guest gave them.
 */
export interface WireError {
  code: ErrnoCode;
  syscall: string;
  path?: string;
  dest?: string;
}

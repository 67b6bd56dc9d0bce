// ABI zone: file mode and open-flag constants (Linux values, as node's fs.constants has them).

export const S_IFMT = 0o170000;
export const S_IFSOCK = 0o140000;
export const S_IFLNK = 0o120000;
export const S_IFREG = 0o100000;
export const S_IFBLK = 0o060000;
export const S_IFDIR = 0o040000;
export const S_IFCHR = 0o020000;
export const S_IFIFO = 0o010000;

export const O_RDONLY = 0;
export const O_WRONLY = 1;
export const O_RDWR = 2;
export const O_ACCMODE = 3;
export const O_CREAT = 0o100;
export const O_EXCL = 0o200;
export const O_NOCTTY = 0o400;
export const O_TRUNC = 0o1000;
export const O_APPEND = 0o2000;
export const O_NONBLOCK = 0o4000;
export const O_DSYNC = 0o10000;
export const O_DIRECTORY = 0o200000;
export const O_NOFOLLOW = 0o400000;
export const O_SYNC = 0o4010000;

export const F_OK = 0;
export const R_OK = 4;
export const W_OK = 2;
export const X_OK = 1;

export const COPYFILE_EXCL = 1;

/** Every open flag the kernel understands; anything else is EINVAL. */
export const O_KNOWN =
  O_ACCMODE |
  O_CREAT |
  O_EXCL |
  O_NOCTTY |
  O_TRUNC |
  O_APPEND |
  O_NONBLOCK |
  O_DSYNC |
  O_DIRECTORY |
  O_NOFOLLOW |
  O_SYNC;

// A table of failing synchronous fs calls: each prints code, errno, syscall, path, dest and message.
const fs = require('fs');

// The oracle and the container may share the staged directory: start clean, end clean.
fs.rmSync('w', { recursive: true, force: true });

fs.mkdirSync('w/dir/sub', { recursive: true });
fs.mkdirSync('w/empty');
fs.writeFileSync('w/file', 'data');
fs.symlinkSync('file', 'w/link');
fs.symlinkSync('missing', 'w/dangling');
fs.symlinkSync('loop2', 'w/loop1');
fs.symlinkSync('loop1', 'w/loop2');
fs.symlinkSync('file/', 'w/slashlink');

const cases = {
  openMissing: () => fs.openSync('w/nope', 'r'),
  openThroughFile: () => fs.openSync('w/file/x', 'r'),
  openDirForWrite: () => fs.openSync('w/dir', 'w'),
  openExclExisting: () => fs.openSync('w/file', 'wx'),
  openLoop: () => fs.openSync('w/loop1', 'r'),
  openTrailingSlashCreate: () => fs.openSync('w/newfile/', 'w'),
  statMissing: () => fs.statSync('w/nope'),
  statDangling: () => fs.statSync('w/dangling'),
  statSlashLink: () => fs.statSync('w/slashlink'),
  statFileSlash: () => fs.statSync('w/file/'),
  lstatMissing: () => fs.lstatSync('w/nope/deeper'),
  nameTooLong: () => fs.statSync(`w/${'n'.repeat(300)}`),
  readFileDir: () => fs.readFileSync('w/dir'),
  readFileMissing: () => fs.readFileSync('w/nope'),
  writeFileDir: () => fs.writeFileSync('w/dir', 'x'),
  writeFileNoParent: () => fs.writeFileSync('w/nope/x', 'x'),
  appendFileDir: () => fs.appendFileSync('w/dir', 'x'),
  readdirFile: () => fs.readdirSync('w/file'),
  readdirMissing: () => fs.readdirSync('w/nope'),
  mkdirExisting: () => fs.mkdirSync('w/dir'),
  mkdirNoParent: () => fs.mkdirSync('w/nope/x'),
  mkdirRecursiveThroughFile: () => fs.mkdirSync('w/file/x', { recursive: true }),
  rmdirNonEmpty: () => fs.rmdirSync('w/dir'),
  rmdirFile: () => fs.rmdirSync('w/file'),
  rmdirMissing: () => fs.rmdirSync('w/nope'),
  unlinkDir: () => fs.unlinkSync('w/dir'),
  unlinkMissing: () => fs.unlinkSync('w/nope'),
  renameMissing: () => fs.renameSync('w/nope', 'w/other'),
  renameDirOverFile: () => fs.renameSync('w/empty', 'w/file'),
  renameFileOverDir: () => fs.renameSync('w/file', 'w/empty'),
  renameDirOverNonEmpty: () => fs.renameSync('w/empty', 'w/dir'),
  renameIntoSelf: () => fs.renameSync('w/dir', 'w/dir/sub/x'),
  linkMissing: () => fs.linkSync('w/nope', 'w/l2'),
  linkExisting: () => fs.linkSync('w/file', 'w/link'),
  linkDir: () => fs.linkSync('w/dir', 'w/dirlink'),
  symlinkExisting: () => fs.symlinkSync('anything', 'w/file'),
  readlinkFile: () => fs.readlinkSync('w/file'),
  readlinkMissing: () => fs.readlinkSync('w/nope'),
  chmodMissing: () => fs.chmodSync('w/nope', 0o644),
  chownMissing: () => fs.chownSync('w/nope', 0, 0),
  utimesMissing: () => fs.utimesSync('w/nope', 1, 1),
  truncateDir: () => fs.truncateSync('w/dir', 0),
  truncateMissing: () => fs.truncateSync('w/nope', 0),
  accessMissing: () => fs.accessSync('w/nope'),
  copyFileMissing: () => fs.copyFileSync('w/nope', 'w/copy'),
  copyFileExcl: () => fs.copyFileSync('w/file', 'w/link', fs.constants.COPYFILE_EXCL),
  copyFileToDir: () => fs.copyFileSync('w/file', 'w/dir'),
  mkdtempMissing: () => fs.mkdtempSync('w/nope/tmp-'),
  realpathLoop: () => fs.realpathSync.native('w/loop1'),
};

for (const [name, fn] of Object.entries(cases)) {
  try {
    fn();
    console.log(name, 'no error');
  } catch (e) {
    console.log(name, JSON.stringify([e.code, e.errno, e.syscall, e.path, e.dest]));
    console.log('  ', e.message);
  }
}

fs.rmSync('w', { recursive: true, force: true });

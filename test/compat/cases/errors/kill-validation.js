for (const args of [[process.pid, 'SIGNOPE'], ['x'], [process.pid, 0]]) {
  try {
    console.log('ok', process.kill(...args));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  process.kill(999999, 0);
} catch (e) {
  console.log(e.code, e.syscall, e.errno);
}

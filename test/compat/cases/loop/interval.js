let n = 0;
const log = [];
const iv = setInterval(
  (tag) => {
    n++;
    log.push(`${tag}${n}`);
    if (n === 4) {
      clearInterval(iv);
      setTimeout(() => console.log(log.join(','), 'done'), 20);
    }
  },
  3,
  'i',
);
console.log(typeof iv.ref, typeof iv.unref, iv.hasRef());

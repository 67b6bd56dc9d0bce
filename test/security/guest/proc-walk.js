// Guest program (security test): reads everything /proc offers (every file's text, every link's
// target, every directory's names) and reports which of the markers in /app/markers.json appear,
// plus the pids it can see. The markers are read from a file so they are in no /proc entry of ours.
const fs = require('fs');
const markers = JSON.parse(fs.readFileSync('/app/markers.json', 'utf8'));
let text = '';
let entries = 0;
const walk = (dir, depth) => {
  let names = [];
  try {
    names = fs.readdirSync(dir);
  } catch (e) {
    text += `\n${dir}: ${e.code}`;
    return;
  }
  for (const n of names) {
    const p = `${dir}/${n}`;
    entries++;
    text += `\n${p}`;
    let st;
    try {
      st = fs.lstatSync(p);
    } catch {
      continue;
    }
    if (st.isSymbolicLink()) {
      try {
        text += ` -> ${fs.readlinkSync(p)}`;
      } catch {}
    } else if (st.isDirectory()) {
      if (depth < 4) walk(p, depth + 1);
    } else {
      try {
        text += `\n${fs.readFileSync(p, 'latin1')}`;
      } catch {}
    }
  }
};
walk('/proc', 0);
const found = Object.keys(markers).filter((k) => text.includes(markers[k]));
const pids = fs.readdirSync('/proc').filter((n) => /^\d+$/.test(n));
console.log(JSON.stringify({ found, pids, entries }));

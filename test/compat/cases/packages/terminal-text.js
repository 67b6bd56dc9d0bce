// The terminal text stack (string-width, strip-ansi, wrap-ansi, ansi-styles): widths of wide and
// combining characters, ANSI codes stripped and kept across wrapped lines.
const stringWidth = require('string-width');
const stripAnsi = require('strip-ansi');
const wrapAnsi = require('wrap-ansi');
const styles = require('ansi-styles');
const red = `${styles.red.open}red text${styles.red.close}`;
console.log(stringWidth('abc'), stringWidth('古池や'), stringWidth('é'), stringWidth(red), stringWidth('\u001b[1mbold\u001b[22m'), stringWidth('👍'));
console.log(JSON.stringify(stripAnsi(red)), JSON.stringify(stripAnsi('\u001b]8;;http://x\u0007link\u001b]8;;\u0007')));
console.log(JSON.stringify(wrapAnsi(`The ${red} quick brown fox jumps over the lazy dog`, 12)));
console.log(JSON.stringify(wrapAnsi('aaaaaaaaaaaaaaaaaaaa', 7, { hard: true })), JSON.stringify(wrapAnsi('  keep   spaces  ', 5, { trim: false })));
console.log(styles.color.ansi256(styles.rgbToAnsi256(255, 0, 0)), JSON.stringify(styles.bgGreen), styles.hexToRgb('#ff8800'));

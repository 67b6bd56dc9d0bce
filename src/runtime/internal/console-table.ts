// Guest zone: console.table's renderer: Node's box-drawing table, cells left-aligned and padded by
// display width (wide East Asian characters and emoji count two columns, combining marks none).

const isFullWidth = (c: number): boolean =>
  c >= 0x1100 &&
  (c <= 0x115f ||
    c === 0x2329 ||
    c === 0x232a ||
    (c >= 0x2e80 && c <= 0x3247 && c !== 0x303f) ||
    (c >= 0x3250 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0xa4c6) ||
    (c >= 0xa960 && c <= 0xa97c) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe10 && c <= 0xfe19) ||
    (c >= 0xfe30 && c <= 0xfe6b) ||
    (c >= 0xff01 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1b000 && c <= 0x1b001) ||
    (c >= 0x1f200 && c <= 0x1f251) ||
    (c >= 0x1f300 && c <= 0x1f64f) ||
    (c >= 0x1f900 && c <= 0x1f9ff) ||
    (c >= 0x20000 && c <= 0x3fffd));

const isZeroWidth = (c: number): boolean =>
  c <= 0x1f ||
  (c >= 0x7f && c <= 0x9f) ||
  (c >= 0x300 && c <= 0x36f) ||
  (c >= 0x200b && c <= 0x200f) ||
  (c >= 0x20d0 && c <= 0x20ff) ||
  (c >= 0xfe00 && c <= 0xfe0f) ||
  (c >= 0xfe20 && c <= 0xfe2f) ||
  (c >= 0xe0100 && c <= 0xe01ef);

const ansi =
  /[\u001B\u009B][[\]()#;?]*(?:(?:(?:[a-zA-Z\d]*(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;

/** Columns a string occupies on a terminal. */
export function stringWidth(s: string): number {
  let width = 0;
  for (const ch of s.normalize('NFC').replace(ansi, '')) {
    const c = ch.codePointAt(0) as number;
    if (isFullWidth(c)) width += 2;
    else if (!isZeroWidth(c)) width += 1;
  }
  return width;
}

function renderRow(row: string[], widths: number[]): string {
  let out = '│ ';
  for (let i = 0; i < row.length; i++) {
    const cell = row[i] as string;
    out += cell + ' '.repeat((widths[i] as number) - stringWidth(cell));
    if (i !== row.length - 1) out += ' │ ';
  }
  return `${out} │`;
}

/** The table for `head` (column titles) over `columns` (sparse arrays of already-inspected cells). */
export function renderTable(head: string[], columns: Array<Array<string | undefined>>): string {
  const rows: string[][] = [];
  const widths = head.map((h) => stringWidth(h));
  const longest = Math.max(0, ...columns.map((c) => c.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i] as Array<string | undefined>;
    for (let j = 0; j < longest; j++) {
      rows[j] ??= [];
      const value = Object.hasOwn(column, j) ? (column[j] as string) : '';
      (rows[j] as string[])[i] = value;
      widths[i] = Math.max(widths[i] ?? 0, stringWidth(value));
    }
  }
  const divider = widths.map((w) => '─'.repeat(w + 2));
  let out = `┌${divider.join('┬')}┐\n${renderRow(head, widths)}\n├${divider.join('┼')}┤\n`;
  for (const row of rows) out += `${renderRow(row, widths)}\n`;
  return `${out}└${divider.join('┴')}┘`;
}

// Guest zone (userland): strftime for date(1), in UTC (the container has no zone database).

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** ISO 8601 week and its year: the week that holds this date's Thursday. */
function isoWeek(ms: number): { week: number; year: number } {
  const d = new Date(ms);
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const thursday = new Date(day + (4 - (d.getUTCDay() || 7)) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return { week, year };
}

/** Formats the instant ms (with nanoseconds ns) by a strftime format. */
export function strftime(fmt: string, ms: number, ns = 0): string {
  const d = new Date(ms);
  const p = (n: number, w = 2, c = '0') => String(n).padStart(w, c);
  const jan1 = Date.UTC(d.getUTCFullYear(), 0, 1);
  const yday = Math.floor((ms - jan1) / 86_400_000) + 1;
  const spec = (c: string): string | null => {
    switch (c) {
      case 'Y':
        return String(d.getUTCFullYear());
      case 'C':
        return p(Math.floor(d.getUTCFullYear() / 100));
      case 'y':
        return p(d.getUTCFullYear() % 100);
      case 'm':
        return p(d.getUTCMonth() + 1);
      case 'd':
        return p(d.getUTCDate());
      case 'e':
        return p(d.getUTCDate(), 2, ' ');
      case 'H':
        return p(d.getUTCHours());
      case 'k':
        return p(d.getUTCHours(), 2, ' ');
      case 'I':
        return p(((d.getUTCHours() + 11) % 12) + 1);
      case 'l':
        return p(((d.getUTCHours() + 11) % 12) + 1, 2, ' ');
      case 'M':
        return p(d.getUTCMinutes());
      case 'S':
        return p(d.getUTCSeconds());
      case 'N':
        return p(ns, 9);
      case 'p':
        return d.getUTCHours() < 12 ? 'AM' : 'PM';
      case 'P':
        return d.getUTCHours() < 12 ? 'am' : 'pm';
      case 'a':
        return (DAYS[d.getUTCDay()] as string).slice(0, 3);
      case 'A':
        return DAYS[d.getUTCDay()] as string;
      case 'b':
      case 'h':
        return (MONTHS[d.getUTCMonth()] as string).slice(0, 3);
      case 'B':
        return MONTHS[d.getUTCMonth()] as string;
      case 'j':
        return p(yday, 3);
      case 'u':
        return String(d.getUTCDay() || 7);
      case 'w':
        return String(d.getUTCDay());
      case 'U':
        return p(Math.floor((yday - 1 + 7 - d.getUTCDay()) / 7));
      case 'W':
        return p(Math.floor((yday - 1 + 7 - ((d.getUTCDay() + 6) % 7)) / 7));
      case 'V':
        return p(isoWeek(ms).week);
      case 'G':
        return String(isoWeek(ms).year);
      case 'g':
        return p(isoWeek(ms).year % 100);
      case 's':
        return String(Math.floor(ms / 1000));
      case 'Z':
        return 'UTC';
      case 'z':
        return '+0000';
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case '%':
        return '%';
      case 'D':
        return strftime('%m/%d/%y', ms);
      case 'F':
        return strftime('%Y-%m-%d', ms);
      case 'T':
        return strftime('%H:%M:%S', ms);
      case 'R':
        return strftime('%H:%M', ms);
      case 'r':
        return strftime('%I:%M:%S %p', ms);
      case 'c':
        return strftime('%a %b %e %H:%M:%S %Y', ms);
      case 'x':
        return strftime('%m/%d/%y', ms);
      case 'X':
        return strftime('%H:%M:%S', ms);
      default:
        return null;
    }
  };
  let r = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i] as string;
    if (c !== '%' || i + 1 >= fmt.length) {
      r += c;
      continue;
    }
    // GNU's %[flags][width][:]conv: flags - _ 0 ^ #, a field width, colons for %:z.
    let j = i + 1;
    let flags = '';
    while ('-_0^#'.includes(fmt[j] as string) && j < fmt.length) flags += fmt[j++];
    let width = '';
    while (/[0-9]/.test(fmt[j] ?? '')) width += fmt[j++];
    let colons = 0;
    while (fmt[j] === ':') {
      colons++;
      j++;
    }
    const conv = fmt[j] as string;
    let s = colons && conv === 'z' ? ['+00:00', '+00:00:00', '+00'][colons - 1] : colons ? null : spec(conv);
    if (s === null || s === undefined) {
      r += fmt.slice(i, j + 1);
      i = j;
      continue;
    }
    if (conv === 'N' && width) s = s.slice(0, Number(width)).padEnd(Number(width), '0');
    else s = pad(s, flags, Number(width || 0));
    r += s;
    i = j;
  }
  return r;
}

/** Applies strftime flags and a field width to one conversion's text. */
function pad(s: string, flags: string, width: number): string {
  const numeric = /^[+-]?[ 0-9]+$/.test(s);
  let t = s;
  if (flags.includes('-')) t = t.replace(/^[0 ]+(?=.)/, '');
  else if (flags.includes('_')) t = t.replace(/^0+(?=.)/, (z) => ' '.repeat(z.length));
  else if (flags.includes('0')) t = t.replace(/^ +/, (z) => '0'.repeat(z.length));
  if (flags.includes('^') || flags.includes('#')) t = t.toUpperCase();
  if (t.length >= width || flags.includes('-')) return t;
  const fill = flags.includes('_') ? ' ' : flags.includes('0') || (numeric && !s.startsWith(' ')) ? '0' : ' ';
  const sign = /^[+-]/.test(t) && fill === '0' ? (t[0] as string) : '';
  return sign + (sign ? t.slice(1) : t).padStart(width - sign.length, fill);
}

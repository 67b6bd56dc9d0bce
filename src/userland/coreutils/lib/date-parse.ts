// Guest zone (userland): the date strings date -d and touch -d take (GNU's parse_datetime, the
// forms scripts use): @SECONDS, ISO dates and times, now/today/yesterday/tomorrow, RFC 2822 and
// `Jan 1 2020` style dates, and relative items (`2 days ago`, `+1 hour`, `next week`). UTC only.

const UNITS: ReadonlyMap<string, number> = new Map([
  ['sec', 1000],
  ['second', 1000],
  ['min', 60_000],
  ['minute', 60_000],
  ['hour', 3_600_000],
  ['day', 86_400_000],
  ['week', 7 * 86_400_000],
  ['fortnight', 14 * 86_400_000],
]);
const MONTHLY: ReadonlyMap<string, number> = new Map([
  ['month', 1],
  ['year', 12],
]);

/** A relative item: `[+-]N unit[s] [ago]`, `next unit`, `last unit`, a bare unit (one). */
const RELATIVE =
  /(?:^|\s+)([+-]?\s*\d+|next|last|this)?\s*(sec|second|min|minute|hour|day|week|fortnight|month|year)s?\b(\s+ago)?/gi;

/** Milliseconds since the epoch for `s`, or null when it is not a date GNU date would take. */
export function parseDate(s: string, now = Date.now()): number | null {
  let t = s.trim().replace(/\s+/g, ' ');
  if (/^@-?\d+(\.\d+)?$/.test(t)) return Number(t.slice(1)) * 1000;
  // As in GNU's grammar, a signed number right after a time of day is its zone (`10:00 +1` is
  // 10:00 at UTC+1, and a unit after it counts one), not a relative item.
  t = t.replace(
    /(\d\d?:\d\d(?::\d\d(?:[.,]\d+)?)?) ?([+-])(\d{1,4})(?![\d:])/,
    (_a, time: string, sign: string, n: string) => {
      const hhmm = n.length <= 2 ? `${n.padStart(2, '0')}00` : n.padStart(4, '0');
      return `${time}${sign}${hhmm.slice(0, 2)}:${hhmm.slice(2)}`;
    },
  );
  // Relative items apply to whatever absolute date is left (now when none).
  const moves: Array<{ ms: number; months: number }> = [];
  t = t
    .replace(RELATIVE, (_all, n: string | undefined, unit: string, ago: string | undefined) => {
      const word = (n ?? '').toLowerCase();
      let k = word === 'next' ? 1 : word === 'last' ? -1 : word === 'this' || word === '' ? (n ? 0 : 1) : 0;
      if (/\d/.test(word)) k = Number(word.replace(/\s/g, ''));
      if (ago) k = -k;
      const u = unit.toLowerCase();
      moves.push({ ms: k * (UNITS.get(u) ?? 0), months: k * (MONTHLY.get(u) ?? 0) });
      return ' ';
    })
    .trim();
  const start = absolute(t, now);
  if (start === null) return null;
  let base = start;
  for (const m of moves) {
    if (m.months) {
      const d = new Date(base);
      d.setUTCMonth(d.getUTCMonth() + m.months);
      base = d.getTime();
    }
    base += m.ms;
  }
  return base;
}

function absolute(t: string, now: number): number | null {
  const lower = t.toLowerCase();
  const midnight = (ms: number) => ms - (((ms % 86_400_000) + 86_400_000) % 86_400_000);
  if (lower === '' || lower === 'now') return now;
  if (lower === 'today') return now;
  if (lower === 'yesterday') return now - 86_400_000;
  if (lower === 'tomorrow') return now + 86_400_000;
  if (lower === 'midnight') return midnight(now);
  if (lower === 'noon') return midnight(now) + 43_200_000;
  const iso =
    /^(\d{4})-(\d\d?)-(\d\d?)(?:[ T](\d\d?):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d\d:?\d\d)?$/i.exec(
      t,
    );
  if (iso) {
    const ms = Date.UTC(
      Number(iso[1]),
      Number(iso[2]) - 1,
      Number(iso[3]),
      Number(iso[4] ?? 0),
      Number(iso[5] ?? 0),
      Number(iso[6] ?? 0),
      Number(`0.${iso[7] ?? '0'}`) * 1000,
    );
    if (Number(iso[2]) > 12 || Number(iso[3]) > 31 || Number(iso[4] ?? 0) > 23) return null;
    return ms - zoneOffset(iso[8]);
  }
  // A time of day alone is today at that time.
  const tod = /^(\d\d?):(\d\d)(?::(\d\d))?$/.exec(t);
  if (tod) {
    if (Number(tod[1]) > 23 || Number(tod[2]) > 59) return null;
    return midnight(now) + ((Number(tod[1]) * 60 + Number(tod[2])) * 60 + Number(tod[3] ?? 0)) * 1000;
  }
  // Month names, RFC 2822 and the like: JavaScript's parser, read as UTC unless a zone is given.
  if (!/[a-z]{3}/i.test(t)) return null;
  const v = Date.parse(/UTC|GMT|Z$|[+-]\d{4}$/.test(t) ? t : `${t} UTC`);
  return Number.isNaN(v) ? null : v;
}

function zoneOffset(z: string | undefined): number {
  if (z === undefined || /^(z|utc|gmt)$/i.test(z)) return 0;
  const m = /^([+-])(\d\d):?(\d\d)$/.exec(z) as RegExpExecArray;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
}

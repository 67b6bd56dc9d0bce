// Intl and Date with time zones (TZ=UTC): formatting in named zones, DST edges, resolvedOptions,
// toLocale* in several locales, relative time, lists, plurals, segmenter, collation, numbers.
const d = new Date(Date.UTC(2024, 2, 10, 6, 30, 15));
console.log(d.toString(), d.toTimeString(), d.getTimezoneOffset(), Intl.DateTimeFormat().resolvedOptions().timeZone);
for (const tz of ['America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC', 'Etc/GMT+5']) {
  console.log(tz, d.toLocaleString('en-US', { timeZone: tz }), new Intl.DateTimeFormat('en-GB', { timeZone: tz, timeZoneName: 'short', hour: '2-digit', minute: '2-digit' }).format(d));
}
console.log(d.toLocaleDateString('de-DE', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }), d.toLocaleTimeString('ja-JP'), d.toLocaleDateString('ar-EG'));
console.log(new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'long', timeZone: 'Asia/Tokyo' }).format(d));
console.log(JSON.stringify(new Intl.DateTimeFormat('en', { timeZone: 'America/Los_Angeles', hour: 'numeric', hourCycle: 'h23' }).formatToParts(d)));
try { d.toLocaleString('en', { timeZone: 'Mars/Base' }); } catch (e) { console.log(e.name, e.message); }
console.log(new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(-1, 'day'), new Intl.ListFormat('en', { type: 'disjunction' }).format(['a', 'b', 'c']), new Intl.PluralRules('ar').select(3));
console.log([...new Intl.Segmenter('en', { granularity: 'word' }).segment('Hello, world!')].filter((s) => s.isWordLike).map((s) => s.segment));
console.log(['ä', 'a', 'z'].sort(new Intl.Collator('de').compare), ['ä', 'a', 'z'].sort(new Intl.Collator('sv').compare));
console.log(new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' }).format(1234567.891), new Intl.NumberFormat('de', { notation: 'compact' }).format(1234567), (1234.5).toLocaleString('fr-FR'));
console.log(Intl.supportedValuesOf('timeZone').includes('Europe/Paris'), Intl.DateTimeFormat.supportedLocalesOf(['fr', 'de-CH', 'tlh']).join(), new Intl.Locale('en-Latn-US').maximize().toString());
console.log(new Date('2024-03-31T01:30:00+01:00').toLocaleString('en-GB', { timeZone: 'Europe/London' }), new Date(2024, 0, 1).toISOString(), Date.parse('2024-01-01'), Date.parse('2024-01-01T00:00'));

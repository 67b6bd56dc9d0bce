// Intl as far as the isolate's ICU gives it; only locale-independent 'en-US' formatting is printed.
console.log(typeof Intl, typeof Intl.NumberFormat, typeof Intl.DateTimeFormat);
console.log(new Intl.NumberFormat('en-US').format(1234567.891));
console.log(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(12.5));
console.log(new Intl.NumberFormat('en-US', { style: 'percent' }).format(0.256));
const d = new Date(Date.UTC(2020, 0, 15, 13, 5, 9));
console.log(new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'long', timeStyle: 'short' }).format(d));
console.log(d.toLocaleDateString('en-US', { timeZone: 'UTC' }), (1234.5).toLocaleString('en-US'));
console.log(['b', 'a', 'C'].sort(new Intl.Collator('en').compare).join(','));
console.log(new Intl.PluralRules('en-US').select(1), new Intl.PluralRules('en-US').select(2));
console.log(new Intl.ListFormat('en', { type: 'conjunction' }).format(['x', 'y', 'z']));
console.log(new Intl.RelativeTimeFormat('en').format(-2, 'day'));
console.log('ß'.toUpperCase(), 'İ'.toLowerCase().length, 'é'.normalize('NFD').length);
console.log(Intl.DateTimeFormat().resolvedOptions().timeZone);

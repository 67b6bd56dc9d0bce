// Property-based testing with a fixed seed: deterministic generation, shrinking and reporting.
const fc = require('fast-check');
console.log(JSON.stringify(fc.sample(fc.integer({ min: -100, max: 100 }), { seed: 42, numRuns: 8 })));
console.log(JSON.stringify(fc.sample(fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }), { seed: 7, numRuns: 4 })));
const ok = fc.check(fc.property(fc.array(fc.integer()), (xs) => [...xs].sort((a, b) => a - b).length === xs.length), { seed: 1 });
console.log(ok.failed, ok.numRuns);
const bad = fc.check(fc.property(fc.integer(), fc.integer(), (a, b) => a + b < 1000), { seed: 3 });
console.log(bad.failed, JSON.stringify(bad.counterexample));
try {
  fc.assert(fc.property(fc.nat(), (n) => n < 50), { seed: 11 });
} catch (e) {
  console.log(e.message.split('\n')[0]);
}

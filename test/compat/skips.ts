// Test zone: reads skip.json, the list of known compat failures (`"area/name.js": "why"`).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES_DIR } from './harness.js';

/** Known failures by case id, each with its reason. */
export function loadSkips(casesDir: string = CASES_DIR): Map<string, string> {
  const raw = JSON.parse(readFileSync(join(casesDir, '..', 'skip.json'), 'utf8')) as Record<string, unknown>;
  const out = new Map<string, string>();
  for (const [id, why] of Object.entries(raw)) {
    if (typeof why !== 'string') throw new Error(`skip.json: ${id}: the reason must be a string`);
    out.set(id, why);
  }
  return out;
}

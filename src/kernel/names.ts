// Host zone: container ids (64 hex digits, like Docker's) and generated names (adjective_noun).

import { randomFillSync } from 'node:crypto';

const ADJECTIVES = [
  'brave',
  'calm',
  'clever',
  'eager',
  'fancy',
  'gentle',
  'happy',
  'jolly',
  'keen',
  'lucid',
  'merry',
  'nimble',
  'quiet',
  'rapid',
  'sharp',
  'steady',
  'sunny',
  'tender',
  'vivid',
  'witty',
];
const NOUNS = [
  'otter',
  'falcon',
  'maple',
  'comet',
  'harbor',
  'lynx',
  'meadow',
  'nebula',
  'orchid',
  'pine',
  'quartz',
  'raven',
  'sparrow',
  'tundra',
  'willow',
  'zephyr',
  'badger',
  'cedar',
  'dune',
  'ember',
];

/** Random bytes drawn a kilobyte at a time: one call into the CSPRNG serves ~30 containers. */
const pool = Buffer.alloc(1024);
let used = pool.length;

function random(n: number): Buffer {
  if (used + n > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  const out = Buffer.from(pool.subarray(used, used + n));
  used += n;
  return out;
}

export function newContainerId(): string {
  return random(32).toString('hex');
}

export function generateName(taken: (name: string) => boolean): string {
  for (let i = 0; i < 1000; i++) {
    const [a, n] = random(2);
    const base = `${ADJECTIVES[(a ?? 0) % ADJECTIVES.length]}_${NOUNS[(n ?? 0) % NOUNS.length]}`;
    const name = i < 20 ? base : `${base}${i}`;
    if (!taken(name)) return name;
  }
  return `c_${random(6).toString('hex')}`;
}

// Host zone: container ids (64 hex digits, like Docker's) and generated names (adjective_noun).

import { randomBytes } from 'node:crypto';

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

export function newContainerId(): string {
  return randomBytes(32).toString('hex');
}

export function generateName(taken: (name: string) => boolean): string {
  for (let i = 0; i < 1000; i++) {
    const [a, n] = randomBytes(2);
    const base = `${ADJECTIVES[(a ?? 0) % ADJECTIVES.length]}_${NOUNS[(n ?? 0) % NOUNS.length]}`;
    const name = i < 20 ? base : `${base}${i}`;
    if (!taken(name)) return name;
  }
  return `c_${randomBytes(6).toString('hex')}`;
}

// Guest zone: what the kernel's crypto supports (hash and cipher names), asked once and cached.

import { sys } from '../../internal/door.js';

let info: { hashes: string[]; ciphers: string[]; hashSet: Set<string>; cipherSet: Set<string> } | null = null;

function load() {
  if (info) return info;
  const raw = sys<{ hashes: string[]; ciphers: string[] }>('crypto.info', null);
  info = {
    ...raw,
    hashSet: new Set(raw.hashes.map((h) => h.toLowerCase())),
    cipherSet: new Set(raw.ciphers.map((c) => c.toLowerCase())),
  };
  return info;
}

export const getHashes = (): string[] => [...load().hashes];
export const getCiphers = (): string[] => [...load().ciphers];
export const hashSupported = (name: string): boolean => load().hashSet.has(name.toLowerCase());
export const cipherSupported = (name: string): boolean => load().cipherSet.has(name.toLowerCase());

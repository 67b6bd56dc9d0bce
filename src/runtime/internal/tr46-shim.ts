// Guest zone: what whatwg-url gets for `require('tr46')`. The package's UTS #46 mapping table is about
// 250 KiB of source that every isolate would copy and compile; the host has the same mapping (ICU, as
// Node's own URL uses), so a domain that needs it is mapped there (syscall text.domainToASCII). Plain
// ASCII names, nearly every URL, are answered here without a crossing.

import { sys } from './door.js';

/** The most text the kernel maps (its MAX_DOMAIN); a longer host fails to parse. */
const MAX_DOMAIN = 1 << 20;

/** tr46.toASCII as whatwg-url's host parser calls it (non-strict): null when it is not a valid domain. */
export function toASCII(domain: string): string | null {
  let plain = true;
  for (let i = 0; i < domain.length; i++) {
    if (domain.charCodeAt(i) >= 0x80) {
      plain = false;
      break;
    }
  }
  // ASCII maps to itself lowercased, unless a label is punycode (xn--), which must be checked.
  if (plain && !/(^|\.)xn--/i.test(domain)) return domain.toLowerCase();
  if (domain.length > MAX_DOMAIN) return null;
  const ascii = sys<string>('text.domainToASCII', { domain });
  return ascii === '' ? null : ascii;
}

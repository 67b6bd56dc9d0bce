// Guest zone: what whatwg-url gets for `require('tr46')`. The package's UTS #46 mapping table is about
// 250 KiB of source that every isolate would copy and compile; the host has the same mapping (ICU, as
// Node's own URL uses), so a domain that needs it is mapped there (syscall text.domainToASCII). Plain
// ASCII names, nearly every URL, are answered here without a crossing.

import { MAX_DOMAIN } from '../../abi/syscalls.js';
import { sys } from './door.js';

/** tr46.toASCII as whatwg-url's host parser calls it (non-strict): null when it is not a valid domain. */
export function toASCII(domain: string): string | null {
  // ASCII maps to itself lowercased, unless a label is punycode (xn--), which must be checked.
  if (!/[^\x00-\x7f]|(^|\.)xn--/i.test(domain)) return domain.toLowerCase();
  // Longer than the kernel maps: not a host this parser accepts.
  if (domain.length > MAX_DOMAIN) return null;
  const ascii = sys<string>('text.domainToASCII', { domain });
  return ascii === '' ? null : ascii;
}

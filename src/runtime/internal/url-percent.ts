// Guest zone: the one function whatwg-url takes from @exodus/bytes/whatwg.js (the build points that
// name here): the URL spec's "percent-encode after encoding" for UTF-8. The package also supports the
// legacy single-byte encodings of HTML forms, and loading their tables was a quarter of a program's
// first `require('url')`; Node's URL parser always encodes UTF-8, so only that path exists here.

const HEX = '0123456789ABCDEF';

function percentByte(b: number): string {
  return `%${HEX[b >> 4]}${HEX[b & 15]}`;
}

/** The UTF-8 bytes of code point `cp`, each percent-encoded. */
function percentCodePoint(cp: number): string {
  if (cp < 0x80) return percentByte(cp);
  if (cp < 0x800) return percentByte(0xc0 | (cp >> 6)) + percentByte(0x80 | (cp & 63));
  if (cp < 0x10000)
    return (
      percentByte(0xe0 | (cp >> 12)) + percentByte(0x80 | ((cp >> 6) & 63)) + percentByte(0x80 | (cp & 63))
    );
  return (
    percentByte(0xf0 | (cp >> 18)) +
    percentByte(0x80 | ((cp >> 12) & 63)) +
    percentByte(0x80 | ((cp >> 6) & 63)) +
    percentByte(0x80 | (cp & 63))
  );
}

/**
 * Percent-encodes `input` as UTF-8: C0 controls, DEL, non-ASCII and the characters of
 * `percentEncodeSet` are encoded, a lone surrogate as U+FFFD, a space as '+' when asked.
 */
export function percentEncodeAfterEncoding(
  encoding: string,
  input: string,
  percentEncodeSet: string,
  spaceAsPlus = false,
): string {
  if (String(encoding).toLowerCase() !== 'utf-8')
    throw new RangeError(`tsvirt: URL query encoding '${encoding}' is not supported (only UTF-8)`);
  let out = '';
  for (let i = 0; i < input.length; i++) {
    let cp = input.charCodeAt(i);
    if (cp >= 0xd800 && cp < 0xe000) {
      const next = input.charCodeAt(i + 1);
      if (cp < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else cp = 0xfffd;
    }
    if (cp === 0x20 && spaceAsPlus) out += '+';
    else if (cp < 0x20 || cp > 0x7e || percentEncodeSet.includes(String.fromCharCode(cp)))
      out += percentCodePoint(cp);
    else out += String.fromCharCode(cp);
  }
  return out;
}

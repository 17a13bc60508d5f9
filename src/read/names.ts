// File names are bytes. Most are UTF-8; one that is not is shown with its stray bytes escaped
// (`bad\xff.txt`) and reached by its bytes.

/** The length of the valid UTF-8 sequence starting at `i`, or 0 if the byte there starts none. */
const sequenceAt = (b: Uint8Array, i: number): number => {
  const lead = b[i]!;
  const [n, min] = lead < 0x80 ? [1, 0] : lead >= 0xc2 && lead <= 0xdf ? [2, 0x80] : lead >= 0xe0 && lead <= 0xef ? [3, 0x800] : lead >= 0xf0 && lead <= 0xf4 ? [4, 0x10000] : [0, 0];
  if (n <= 1 || i + n > b.length) return n === 1 ? 1 : 0;
  let cp = lead & (0x7f >> n);
  for (let k = 1; k < n; k++) {
    const c = b[i + k]!;
    if ((c & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (c & 0x3f);
  }
  return cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? n : 0;
};

/** Whether the bytes are valid UTF-8. */
export const isUtf8 = (b: Uint8Array): boolean => {
  for (let i = 0; i < b.length; ) {
    const n = sequenceAt(b, i);
    if (n === 0) return false;
    i += n;
  }
  return true;
};

/** A name's bytes as text: UTF-8 where it is, `\xNN` for each byte where it is not. */
export const showBytes = (b: Uint8Array): string => {
  let out = '';
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < b.length; ) {
    const n = sequenceAt(b, i);
    if (n === 0) {
      out += `\\x${b[i]!.toString(16).padStart(2, '0')}`;
      i++;
    } else {
      out += decoder.decode(b.subarray(i, i + n));
      i += n;
    }
  }
  return out;
};

/**
 * The characters whose widths src-main/documents/arial-widths.ts holds: Latin, the punctuation, currency and letter-like
 * symbols, arrows and shapes a council document may hold. Format characters (soft hyphen, zero-width and directional
 * marks), which the layout handles itself, are left out: text with one is measured by docx's own measure.
 */
const RANGES: Array<[number, number]> = [
  [0x20, 0x7e],
  [0xa0, 0xac],
  [0xae, 0x24f],
  [0x2000, 0x200a],
  [0x2010, 0x2027],
  [0x202f, 0x205f],
  [0x20a0, 0x20cf],
  [0x2100, 0x214f],
  [0x2190, 0x21ff],
  [0x2200, 0x22ff],
  [0x25a0, 0x25ff],
];

export const PROBED_CHARACTERS: string[] = RANGES.flatMap(([first, last]) =>
  Array.from({ length: last - first + 1 }, (_, i) => String.fromCodePoint(first + i)),
);

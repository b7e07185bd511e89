import { deflateSync } from 'fflate';

/** A file of a zip, deflated once: its compressed bytes, with what the zip's headers say of it. */
export interface DeflatedEntry {
  crc: number;
  size: number;
  data: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** Deflates a file as a zip holds it (raw DEFLATE, level 6: what fflate's zipSync and docx write). */
export function deflateEntry(bytes: Uint8Array): DeflatedEntry {
  return { crc: crc32(bytes), size: bytes.length, data: deflateSync(bytes, { level: 6 }) };
}

/** The MS-DOS date and time a zip gives its files (local time, two-second steps), as fflate writes them. */
function dosTime(date: Date): number {
  const year = date.getFullYear() - 1980;
  if (year < 0 || year > 119) throw new RangeError('a zip holds dates from 1980 to 2099');
  return (
    ((year << 25) |
      ((date.getMonth() + 1) << 21) |
      (date.getDate() << 16) |
      (date.getHours() << 11) |
      (date.getMinutes() << 5) |
      (date.getSeconds() >>> 1)) >>>
    0
  );
}

const encoder = new TextEncoder();

/**
 * Writes a zip of already deflated files, in the order given (no zip64: a .docx of ours is far below 4 GB and
 * 65,535 files). Each name is written in UTF-8 with the flag that says so when it is not ASCII.
 */
export function writeZip(entries: ReadonlyArray<{ path: string; entry: DeflatedEntry }>, modified = new Date()): Uint8Array {
  const time = dosTime(modified);
  const names = entries.map((e) => encoder.encode(e.path));
  let localSize = 0;
  let centralSize = 0;
  entries.forEach((e, i) => {
    localSize += 30 + names[i]!.length + e.entry.data.length;
    centralSize += 46 + names[i]!.length;
  });
  if (entries.length > 0xffff || localSize + centralSize > 0xffffffff) throw new RangeError('too large for a zip without zip64');
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  entries.forEach(({ path, entry }, i) => {
    const name = names[i]!;
    const flags = name.length === path.length ? 0 : 0x800;
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, flags, true);
    view.setUint16(at + 8, 8, true);
    view.setUint32(at + 10, time, true);
    view.setUint32(at + 14, entry.crc, true);
    view.setUint32(at + 18, entry.data.length, true);
    view.setUint32(at + 22, entry.size, true);
    view.setUint16(at + 26, name.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(name, at + 30);
    out.set(entry.data, at + 30 + name.length);
    at += 30 + name.length + entry.data.length;
  });
  const central = at;
  entries.forEach(({ path, entry }, i) => {
    const name = names[i]!;
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, name.length === path.length ? 0 : 0x800, true);
    view.setUint16(at + 10, 8, true);
    view.setUint32(at + 12, time, true);
    view.setUint32(at + 16, entry.crc, true);
    view.setUint32(at + 20, entry.data.length, true);
    view.setUint32(at + 24, entry.size, true);
    view.setUint16(at + 28, name.length, true);
    // Extra field, comment, disk number, internal and external attributes: none.
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - central, true);
  view.setUint32(at + 16, central, true);
  return out;
}

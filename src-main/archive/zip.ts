import { inflateSync, zipSync, type Zippable } from 'fflate';
import { CommandError } from '../../src-shared/api/errors';
import { crc32 } from './crc32';
import { LIMITS } from './limits';
import { checkEntryName } from './names';

interface CentralEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const invalid = (message: string, details?: unknown) => new CommandError('archive_invalid', message, details);
const tooLarge = (message: string, details?: unknown) => new CommandError('archive_too_large', message, details);
const utf8 = new TextDecoder('utf-8', { fatal: true });

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfCentralDirectory(bytes: Uint8Array, dv: DataView): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (dv.getUint32(i, true) === 0x06054b50 && i + 22 + dv.getUint16(i + 20, true) === bytes.length) return i;
  }
  throw invalid('No zip directory found: the file is not an archive or it is truncated.');
}

/** Reads and checks the central directory; nothing is inflated here. */
export function readCentralDirectory(bytes: Uint8Array): CentralEntry[] {
  if (bytes.length > LIMITS.maxArchiveBytes) throw tooLarge('The archive file is too large.', { size: bytes.length });
  if (bytes.length < 22) throw invalid('The file is too short to be an archive.');
  const dv = view(bytes);
  const eocd = findEndOfCentralDirectory(bytes, dv);
  const disk = dv.getUint16(eocd + 4, true);
  const cdDisk = dv.getUint16(eocd + 6, true);
  const onDisk = dv.getUint16(eocd + 8, true);
  const count = dv.getUint16(eocd + 10, true);
  const cdSize = dv.getUint32(eocd + 12, true);
  const cdOffset = dv.getUint32(eocd + 16, true);
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count) throw invalid('Multi-part archives are not supported.');
  if (count > LIMITS.maxEntries) throw tooLarge('The archive holds too many files.', { count, max: LIMITS.maxEntries });
  if (cdOffset + cdSize > eocd) throw invalid('The zip directory points outside the file (truncated?).');

  const entries: CentralEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cdOffset + cdSize || dv.getUint32(p, true) !== 0x02014b50) throw invalid('The zip directory is damaged.');
    const madeBy = dv.getUint16(p + 4, true);
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    const crc = dv.getUint32(p + 16, true);
    const compressedSize = dv.getUint32(p + 20, true);
    const size = dv.getUint32(p + 24, true);
    const nameLength = dv.getUint16(p + 28, true);
    const extraLength = dv.getUint16(p + 30, true);
    const commentLength = dv.getUint16(p + 32, true);
    const external = dv.getUint32(p + 38, true);
    const localOffset = dv.getUint32(p + 42, true);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > cdOffset + cdSize) throw invalid('The zip directory is damaged.');
    let name: string;
    try {
      name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    } catch {
      throw new CommandError('archive_unsafe_path', 'The archive holds a file name that is not valid text.');
    }
    checkEntryName(name);
    // A Unix symbolic link (S_IFLNK) is never part of an archive this app writes.
    if (madeBy >> 8 === 3 && ((external >>> 16) & 0o170000) === 0o120000) {
      throw new CommandError('archive_unsafe_path', 'The archive holds a link.', { name });
    }
    if (flags & 0x1) throw invalid('The archive uses zip encryption, which this app does not read.', { name });
    if (method !== 0 && method !== 8) throw invalid('The archive uses an unknown compression method.', { name, method });
    if (method === 0 && size !== compressedSize) throw invalid('A stored file has inconsistent sizes.', { name });
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) throw tooLarge('ZIP64 archives are not supported.');
    const key = name.toLowerCase();
    if (seen.has(key)) throw invalid('The archive holds the same file twice.', { name });
    seen.add(key);
    if (size > LIMITS.maxEntryBytes) throw tooLarge('A file in the archive is too large.', { name, size });
    total += size;
    if (total > LIMITS.maxTotalBytes) throw tooLarge('The archive expands to too much data.', { total });
    if (size > LIMITS.ratioFloor && size > compressedSize * LIMITS.maxRatio) {
      throw tooLarge('A file in the archive is compressed suspiciously well (zip bomb?).', { name, size, compressedSize });
    }
    entries.push({ name, method, crc, compressedSize, size, localOffset });
    p = end;
  }
  checkLocalHeaders(bytes, dv, entries, cdOffset);
  return entries;
}

/** Each local header must match its directory entry, and entries must not overlap (overlap = bomb). */
function checkLocalHeaders(bytes: Uint8Array, dv: DataView, entries: CentralEntry[], cdOffset: number): void {
  const ranges: Array<[number, number]> = [];
  for (const e of entries) {
    const o = e.localOffset;
    if (o + 30 > cdOffset || dv.getUint32(o, true) !== 0x04034b50) throw invalid('A file header is damaged.', { name: e.name });
    const nameLength = dv.getUint16(o + 26, true);
    const extraLength = dv.getUint16(o + 28, true);
    const dataStart = o + 30 + nameLength + extraLength;
    if (dataStart + e.compressedSize > cdOffset) throw invalid('A file runs past the end of the data (truncated?).', { name: e.name });
    let localName = '';
    try {
      localName = utf8.decode(bytes.subarray(o + 30, o + 30 + nameLength));
    } catch {
      /* compared below */
    }
    if (localName !== e.name) throw invalid('A file header disagrees with the zip directory.', { name: e.name });
    ranges.push([o, dataStart + e.compressedSize]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i]![0] < ranges[i - 1]![1]) throw tooLarge('Files in the archive overlap (zip bomb?).');
  }
}

/** Inflates one checked entry into a buffer of its declared size, then checks its CRC. */
function inflateEntry(bytes: Uint8Array, entry: CentralEntry): Uint8Array {
  const dv = view(bytes);
  const o = entry.localOffset;
  const start = o + 30 + dv.getUint16(o + 26, true) + dv.getUint16(o + 28, true);
  const raw = bytes.subarray(start, start + entry.compressedSize);
  let data: Uint8Array;
  if (entry.method === 0) data = raw;
  else {
    try {
      data = inflateSync(raw, { out: new Uint8Array(entry.size) });
    } catch {
      throw invalid('A file in the archive is damaged.', { name: entry.name });
    }
  }
  if (data.length !== entry.size || crc32(data) !== entry.crc) {
    throw new CommandError('archive_hash_mismatch', 'A file in the archive is damaged (checksum).', { name: entry.name });
  }
  return data;
}

/** Reads a zip after checking its whole directory; returns its files by name. */
export function readZip(bytes: Uint8Array): Map<string, Uint8Array> {
  const entries = readCentralDirectory(bytes);
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) files.set(entry.name, inflateEntry(bytes, entry));
  return files;
}

/** Writes a zip with a fixed date, so the same content gives the same bytes. */
export function writeZip(files: Array<{ name: string; bytes: Uint8Array; compress?: boolean }>): Uint8Array {
  const zippable: Zippable = {};
  const mtime = new Date('2000-01-01T00:00:00Z');
  for (const f of files) {
    checkEntryName(f.name);
    zippable[f.name] = [f.bytes, { level: f.compress === false ? 0 : 6, mtime }];
  }
  return zipSync(zippable);
}

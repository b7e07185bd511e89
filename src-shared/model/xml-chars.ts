/**
 * Characters XML 1.0 forbids (§2.2 Char): C0 controls other than tab, LF and CR, the noncharacters
 * U+FFFE and U+FFFF, and surrogates that are not part of a pair. One of them in any text makes a
 * .docx (or .xlsx) unreadable by Word, so every door through which text enters removes them.
 * (With the `u` flag a well-formed pair is one code point, so `\p{Cs}` only matches a lone half.)
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this regex's whole job
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, 'gu');

/** A quick first look (any surrogate, paired or not): the exact test runs only on the few strings it flags. */
// eslint-disable-next-line no-control-regex -- as above
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export const hasXmlForbidden = (text: string): boolean => SUSPECT.test(text) && FORBIDDEN.test(text);

/** The text without the characters XML forbids; the same string (no copy) when it holds none. */
export const stripXmlForbidden = (text: string): string => (hasXmlForbidden(text) ? text.replace(FORBIDDEN_ALL, '') : text);

/**
 * The same over any JSON-like value (object keys included): a command's payload, a parsed archive.
 * Returns the value itself when nothing had to change, so the common case allocates nothing. Strings
 * longer than any text field (file content in base64) are left as they are.
 */
export function stripXmlForbiddenDeep<T>(value: T): T {
  // Looking costs no allocation; copying happens only on the rare value that holds one.
  return holdsForbidden(value, 0) ? (strip(value, 0) as T) : value;
}

function holdsForbidden(value: unknown, depth: number): boolean {
  if (typeof value === 'string') return isText(value) && hasXmlForbidden(value);
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (holdsForbidden(value[i], depth + 1)) return true;
    return false;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (hasXmlForbidden(key) || holdsForbidden((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

/** Deeper than any programme legitimately nests; beyond it the value is left to the schema to refuse. */
const MAX_DEPTH = 64;

/**
 * The longest text any schema accepts (Text, Inline: 100,000 characters). A longer string is file
 * content in base64 (an archive, an attachment, a template), which its schema checks and which never
 * becomes XML text: scanning its tens of megabytes would only stall the main thread.
 */
const LONGEST_TEXT = 100_000;
const isText = (value: string) => value.length <= LONGEST_TEXT;

function strip(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return isText(value) ? stripXmlForbidden(value) : value;
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const next = strip(value[i], depth + 1);
      if (next !== value[i]) (out ??= value.slice())[i] = next;
    }
    return out ?? value;
  }
  const entries = Object.entries(value);
  let changed = false;
  const next = entries.map(([key, item]): [string, unknown] => {
    const pair: [string, unknown] = [stripXmlForbidden(key), strip(item, depth + 1)];
    if (pair[0] !== key || pair[1] !== item) changed = true;
    return pair;
  });
  // fromEntries defines own properties: a "__proto__" key stays data, never a prototype.
  return changed ? Object.fromEntries(next) : value;
}

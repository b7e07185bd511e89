/**
 * Characters XML 1.0 forbids (§2.2 Char): C0 controls other than tab, LF and CR, the noncharacters
 * U+FFFE and U+FFFF, and surrogates that are not part of a pair. One of them in any text makes a
 * .docx (or .xlsx) unreadable by Word, so every door through which text enters removes them.
 * (With the `u` flag a well-formed pair is one code point, so `\p{Cs}` only matches a lone half.)
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this regex's whole job
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, 'gu');

export const hasXmlForbidden = (text: string): boolean => FORBIDDEN.test(text);

/** The text without the characters XML forbids; the same string (no copy) when it holds none. */
export const stripXmlForbidden = (text: string): string => (FORBIDDEN.test(text) ? text.replace(FORBIDDEN_ALL, '') : text);

/**
 * The same over any JSON-like value (object keys included): a command's payload, a parsed archive.
 * Returns the value itself when nothing had to change, so the common case allocates nothing.
 */
export function stripXmlForbiddenDeep<T>(value: T): T {
  return strip(value, 0) as T;
}

/** Deeper than any programme legitimately nests; beyond it the value is left to the schema to refuse. */
const MAX_DEPTH = 64;

function strip(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return stripXmlForbidden(value);
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

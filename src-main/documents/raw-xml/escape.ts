/**
 * Escaping exactly as docx 9 writes text and attribute values (its `escapeAll`): the five XML specials become
 * entities and the C0 controls XML 1.0 forbids are dropped (tab, line feed and carriage return stay). Text reaching a
 * document has already lost U+FFFE and the other forbidden characters at the boundary (model/xml-chars.ts).
 */
// eslint-disable-next-line no-control-regex -- the controls XML 1.0 forbids are what docx drops
const SPECIAL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
// eslint-disable-next-line no-control-regex -- as above
const SPECIALS = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

export function escapeXml(value: string): string {
  // Most cell texts hold none of these: one test instead of a replace that allocates.
  if (!SPECIAL.test(value)) return value;
  return value.replace(SPECIALS, (char) => ENTITY[char] ?? '');
}

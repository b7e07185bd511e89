/**
 * Reading docx's formatted XML objects (what `prepForXml` gives: `{ "w:p": [ { "w:pPr": [...] }, ... ] }`, attributes
 * as `{ _attr: {...} }`, text as strings), for the page layout of toc-layout/.
 */
export type XmlNode = Record<string, unknown>;

/** Thrown where the layout meets something it does not lay out as docx's layout does: docx's layout is used instead. */
export class Unsupported extends Error {}

export const isNode = (value: unknown): value is XmlNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The element's name: its one key that is not `_attr`. */
export function tagOf(node: XmlNode): string | undefined {
  for (const key in node) if (key !== '_attr') return key;
  return undefined;
}

/** The element's children (elements and text), without its attributes. */
export function childrenOf(node: XmlNode | undefined, tag = node && tagOf(node)): unknown[] {
  if (!node || tag === undefined) return [];
  const value = node[tag];
  if (!Array.isArray(value)) return [];
  return value.filter((child) => !(isNode(child) && '_attr' in child && tagOf(child) === undefined));
}

/** The element's attributes. */
export function attributesOf(node: XmlNode | undefined, tag = node && tagOf(node)): Record<string, unknown> {
  if (!node || tag === undefined) return {};
  const value = node[tag];
  if (Array.isArray(value)) {
    for (const child of value)
      if (isNode(child) && '_attr' in child) return child._attr as Record<string, unknown>;
    return {};
  }
  return isNode(value) && isNode(value._attr) ? value._attr : {};
}

/** The first child element of that name. */
export function childNamed(children: unknown[], tag: string): XmlNode | undefined {
  for (const child of children) if (isNode(child) && tag in child) return child;
  return undefined;
}

export const valueOf = (children: unknown[], tag: string): unknown =>
  attributesOf(childNamed(children, tag), tag)['w:val'];

/** An on/off property (`<w:b/>`, `<w:b w:val="false"/>`): undefined when absent. */
export function onOff(children: unknown[], tag: string): boolean | undefined {
  const element = childNamed(children, tag);
  if (!element) return undefined;
  const value = attributesOf(element, tag)['w:val'];
  return !(value === false || value === 0 || value === '0' || value === 'false' || value === 'off');
}

export function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

/** Refuses an element with a child it does not know: the layout may not follow what that child changes. */
export function onlyKnown(children: unknown[], known: ReadonlySet<string>, what: string): void {
  for (const child of children) {
    const tag = isNode(child) ? tagOf(child) : undefined;
    if (tag !== undefined && !known.has(tag)) throw new Unsupported(`${what} ${tag}`);
  }
}

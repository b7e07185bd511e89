import { readParagraphFormat, readRunFormat } from './formats';
import type { Numbering } from './model';
import { attributesOf, childNamed, childrenOf, isNode, numberOf, valueOf, type XmlNode } from './tree';

/** A document's lists, by their w:numId, from its formatted numbering part: each level's text, indents and font. */
export function readNumbering(tree: XmlNode): Numbering {
  const children = childrenOf(tree, 'w:numbering');
  const abstract = new Map<string, XmlNode>();
  for (const child of children)
    if (isNode(child) && 'w:abstractNum' in child)
      abstract.set(String(attributesOf(child, 'w:abstractNum')['w:abstractNumId']), child);
  const out: Numbering = new Map();
  for (const child of children) {
    if (!isNode(child) || !('w:num' in child)) continue;
    const own = childrenOf(child, 'w:num');
    const definition = abstract.get(String(valueOf(own, 'w:abstractNumId')));
    if (!definition) continue;
    const levels: NonNullable<ReturnType<Numbering['get']>> = [];
    for (const level of childrenOf(definition, 'w:abstractNum')) {
      if (!isNode(level) || !('w:lvl' in level)) continue;
      const l = childrenOf(level, 'w:lvl');
      const jc = valueOf(l, 'w:lvlJc') ?? 'left';
      const suffix = valueOf(l, 'w:suff') ?? 'tab';
      levels[numberOf(attributesOf(level, 'w:lvl')['w:ilvl']) ?? 0] = {
        text: String(attributesOf(childNamed(l, 'w:lvlText'), 'w:lvlText')['w:val'] ?? ''),
        bullet:
          valueOf(l, 'w:numFmt') === 'bullet' &&
          (jc === 'left' || jc === 'start') &&
          (suffix === 'tab' || suffix === 'nothing'),
        paragraph: readParagraphFormat(childNamed(l, 'w:pPr')),
        run: readRunFormat(childNamed(l, 'w:rPr')),
        tab: suffix === 'tab',
      };
    }
    out.set(String(attributesOf(child, 'w:num')['w:numId']), levels);
  }
  return out;
}

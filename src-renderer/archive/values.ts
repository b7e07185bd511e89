import { parseDecimal } from '../../src-shared/i18n/format';
import type { Block } from '../../src-shared/model';

/** How the review screen shows and edits the values of a conflict. */

const isRichText = (v: unknown): v is Block[] =>
  Array.isArray(v) && v.every((b) => typeof b === 'object' && b !== null && ['paragraph', 'bullet', 'numbered'].includes((b as { type?: string }).type ?? ''));

const inlineText = (children: Array<{ text: string }>) => children.map((c) => c.text).join('');

/** Plain text of a value; null when it is better shown as structured data. */
export function textOf(value: unknown): string | null {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isRichText(value)) {
    return value
      .map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.items.map((i) => `• ${inlineText(i)}`).join('\n')))
      .join('\n\n');
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  return null;
}

export type EditKind = 'text' | 'number' | 'rich' | 'json';

export function editKindOf(sample: unknown): EditKind {
  if (typeof sample === 'string') return 'text';
  if (typeof sample === 'number') return 'number';
  if (isRichText(sample)) return 'rich';
  return 'json';
}

/** Initial text of the editor for a value. */
export function editTextOf(value: unknown, kind: EditKind): string {
  if (kind === 'json') return JSON.stringify(value ?? null, null, 2);
  return textOf(value) ?? '';
}

/** Parses the editor's text back to a value; undefined when it is not valid. */
export function parseEdited(text: string, kind: EditKind): unknown {
  if (kind === 'text') return text;
  if (kind === 'number') {
    const n = parseDecimal(text);
    return n !== null && Number.isFinite(n) ? n : undefined;
  }
  if (kind === 'rich') {
    return text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => ({ type: 'paragraph', children: [{ text: p }] }));
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Short fields of an entity, to show a deleted-or-edited entity side by side. */
export function entityLines(entity: unknown): Array<[string, string]> {
  if (typeof entity !== 'object' || entity === null) return [];
  return Object.entries(entity as Record<string, unknown>)
    .filter(([key]) => key !== 'id' && !key.endsWith('Id'))
    .map(([key, value]) => [key, textOf(value) ?? JSON.stringify(value)] as [string, string])
    .filter(([, text]) => text !== '');
}

import type { MergeConflict } from '../../src-shared/merge/types';

/** The catalogue words a conflict's place is named with (history.parts, history.fields, archive.review.whole). */
export interface WhereLabels {
  parts: Record<string, string>;
  fields: Record<string, string>;
  whole: string;
}

/** Labels in the catalogue are written for sentences ("résumé"); a heading starts with a capital ("Résumé"). */
const capital = (s: string): string => (s ? s.charAt(0).toLocaleUpperCase() + s.slice(1) : s);

/**
 * Where a conflict is, as the officer finds it on the step screen: the field's own label first ("Résumé"),
 * then the section and the item it sits in ("Cadrage", "Acteurs › Mission locale"). A path inside a field
 * ("sections.poverty") is named by its last part; the parts before it join the context ("Diagnostic").
 * A code name with no label is shown as is rather than hidden.
 */
export function conflictWhere(c: MergeConflict, labels: WhereLabels): { field: string; context: string } {
  const label = (f: string) => capital(Object.hasOwn(labels.fields, f) ? labels.fields[f]! : f);
  const path = c.field.split('.').filter(Boolean);
  const part = capital(Object.hasOwn(labels.parts, c.key) ? labels.parts[c.key]! : c.key);
  const item = c.label.trim();
  if (path.length === 0) return { field: item ? `${item} (${labels.whole.toLocaleLowerCase()})` : labels.whole, context: part };
  return { field: label(path[path.length - 1]!), context: [part, item, ...path.slice(0, -1).map(label)].filter(Boolean).join(' › ') };
}

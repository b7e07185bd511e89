import { describe, expect, it } from 'vitest';
import { conflictWhere } from '../../src-renderer/archive/conflict-where';
import { CATALOGUES } from '../../src-shared/i18n';
import type { MergeConflict } from '../../src-shared/merge/types';

/** How the conflict review names the place of a conflict: the field's own label, then where it sits. */
describe('conflict review: where a conflict is', () => {
  const labels = (locale: 'fr' | 'en') => ({
    parts: CATALOGUES[locale].history.parts as Record<string, string>,
    fields: CATALOGUES[locale].history.fields as Record<string, string>,
    whole: CATALOGUES[locale].archive.review.whole,
  });
  const conflict = (c: Partial<MergeConflict>): MergeConflict => ({
    id: 'x', kind: 'field', scope: 'section', key: 'framing', entityId: null, field: '', label: '', base: null, mine: 'a', theirs: 'b', ...c,
  });

  it('names a section field by its label under its section, never "cadrage · résumé"', () => {
    expect(conflictWhere(conflict({ field: 'summary' }), labels('fr'))).toEqual({ field: 'Résumé', context: 'Cadrage' });
    expect(conflictWhere(conflict({ field: 'summary' }), labels('en'))).toEqual({ field: 'Summary', context: 'Framing' });
  });

  it('names an item field after the item it belongs to', () => {
    const c = conflict({ scope: 'collection', key: 'stakeholders', entityId: 's1', label: 'Mission locale', field: 'role' });
    expect(conflictWhere(c, labels('fr'))).toEqual({ field: 'Rôle', context: 'Acteurs › Mission locale' });
  });

  it('names a field inside a field by its own label, the outer one joining the context', () => {
    const c = conflict({ scope: 'collection', key: 'territories', entityId: 't1', label: 'Ndiawara', field: 'sections.poverty' });
    expect(conflictWhere(c, labels('fr'))).toEqual({ field: 'Pauvreté et exclusion', context: 'Territoires › Ndiawara › Diagnostic' });
  });

  it('names a whole item deleted on one side by the item itself', () => {
    const c = conflict({ kind: 'delete-edit', scope: 'collection', key: 'risks', entityId: 'r1', label: 'Retard des travaux' });
    expect(conflictWhere(c, labels('fr'))).toEqual({ field: 'Retard des travaux (élément entier)', context: 'Risques' });
  });

  it('shows a field with no label under its code name rather than hiding it', () => {
    expect(conflictWhere(conflict({ field: 'notInTheModel' }), labels('fr')).field).toBe('NotInTheModel');
  });
});

import { describe, expect, it } from 'vitest';
import { editKindOf, editTextOf, entityLines, parseEdited, textOf } from '../../src-renderer/archive/values';
import { ENUM_GROUPS, enumLabelKeys } from '../../src-renderer/archive/enum-labels';
import { catalogueText } from '../../src-shared/i18n';
import { ProgrammeSnapshot } from '../../src-shared/model';

/** How the conflict review screen shows a value and reads back what the officer wrote. */
describe('conflict review values', () => {
  const rich = [
    { type: 'paragraph', children: [{ text: '42 % des jeunes ' }, { text: 'sans emploi', bold: true }] },
    { type: 'bullet', items: [[{ text: 'Ndiawara' }], [{ text: 'Valbrune' }]] },
  ];

  it('shows texts, numbers, rich texts and lists as plain text', () => {
    expect(textOf('Un\nDeux')).toBe('Un\nDeux');
    expect(textOf(12.5)).toBe('12.5');
    expect(textOf(null)).toBe('');
    expect(textOf(rich)).toBe('42 % des jeunes sans emploi\n\n• Ndiawara\n• Valbrune');
    expect(textOf(['youth', 'health'])).toBe('youth, health');
    expect(textOf({ a: 1 })).toBeNull();
  });

  it('edits each kind of value and parses it back', () => {
    expect(editKindOf('x')).toBe('text');
    expect(editKindOf(3)).toBe('number');
    expect(editKindOf(rich)).toBe('rich');
    expect(editKindOf({ a: 1 })).toBe('json');
    expect(parseEdited('Titre', 'text')).toBe('Titre');
    expect(parseEdited('12 345,5', 'number')).toBe(12345.5);
    expect(parseEdited('douze', 'number')).toBeUndefined();
    expect(parseEdited('', 'number')).toBeUndefined();
    expect(parseEdited('Premier\n\nSecond', 'rich')).toEqual([
      { type: 'paragraph', children: [{ text: 'Premier' }] },
      { type: 'paragraph', children: [{ text: 'Second' }] },
    ]);
    expect(parseEdited('{"a":1}', 'json')).toEqual({ a: 1 });
    expect(parseEdited('{a:1}', 'json')).toBeUndefined();
    expect(parseEdited(editTextOf({ name: 'Mission locale', interest: 4 }, 'json'), 'json')).toEqual({ name: 'Mission locale', interest: 4 });
  });

  it('lists the readable fields of a whole entity, without ids', () => {
    expect(entityLines({ id: 'x', name: 'Mission locale', territoryId: 'y', interest: 4, role: '' })).toEqual([
      ['name', 'Mission locale'],
      ['interest', '4'],
    ]);
  });
});

describe('coded values in the review screen', () => {
  /** The allowed values of a field, read off the zod model. */
  const optionsOf = (where: string, field: string): string[] => {
    interface Node {
      def: { type: string; innerType?: Node; element?: Node };
      shape?: Record<string, Node>;
      options?: string[];
    }
    const unwrap = (node: Node | undefined): Node => {
      let s = node!;
      while (['default', 'optional', 'nullable'].includes(s.def.type)) s = s.def.innerType!;
      return s;
    };
    let holder = unwrap((ProgrammeSnapshot.shape as unknown as Record<string, Node>)[where]);
    if (holder.def.type === 'array') holder = unwrap(holder.def.element);
    let schema = unwrap(holder.shape![field]);
    if (schema.def.type === 'array') schema = unwrap(schema.def.element);
    return schema.options ?? [];
  };

  it('every value of every coded field has a name in French and in English', () => {
    for (const [path, group] of Object.entries(ENUM_GROUPS)) {
      const [where, field] = path.split('.') as [string, string];
      const options = optionsOf(where, field);
      expect(options.length, path).toBeGreaterThan(1);
      for (const locale of ['fr', 'en'] as const)
        for (const value of options) expect(catalogueText(locale, `${group}.${value}`), `${locale} ${path}=${value}`).not.toBe(`${group}.${value}`);
    }
  });

  it('names single codes and lists of codes; free text is left alone', () => {
    expect(enumLabelKeys('stakeholders', 'type', 'local_authority')).toEqual(['diagnosis.stakeholders.types.local_authority']);
    expect(enumLabelKeys('framing', 'themes', ['youth', 'health'])).toEqual(['framing.themes.youth', 'framing.themes.health']);
    expect(enumLabelKeys('stakeholders', 'role', 'Financeur')).toBeNull();
    expect(enumLabelKeys('risks', 'impact', 3)).toBeNull();
  });
});

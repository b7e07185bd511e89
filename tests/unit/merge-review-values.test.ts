import { describe, expect, it } from 'vitest';
import { editKindOf, editTextOf, entityLines, parseEdited, textOf } from '../../src-renderer/archive/values';

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

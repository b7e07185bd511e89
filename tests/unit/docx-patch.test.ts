import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCX_VERSION, FAST_OBJECT_SPREAD, MARKER, patched } from '../../scripts/patch-docx.mjs';

/**
 * scripts/patch-docx.mjs speeds up docx's layout (the rapport's table of contents) at install: what the bench
 * measures is what the officer gets only if the installed docx is patched, and the patch must not change what
 * docx computes.
 */
const DIST = 'node_modules/docx/dist';
type Spread = (target: object, ...sources: unknown[]) => object;

/** oxc's helper as docx ships it, taken from a build the script leaves alone (the CommonJS one). */
function shippedSpread(): Spread {
  const cjs = readFileSync(`${DIST}/layout.cjs`, 'utf8');
  const start = cjs.indexOf('function _typeof(o) {');
  const end = cjs.indexOf('// src/text-layout/arabic-shaping.ts');
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return new Function(`${cjs.slice(start, end)}; return _objectSpread2;`)() as Spread;
}
const fastSpread = new Function(`${FAST_OBJECT_SPREAD}; return _objectSpread2;`)() as Spread;

describe('the docx patch (scripts/patch-docx.mjs)', () => {
  it('is applied to the installed docx, the version it was written for', () => {
    const { version } = JSON.parse(readFileSync('node_modules/docx/package.json', 'utf8')) as {
      version: string;
    };
    expect(version).toBe(DOCX_VERSION);
    for (const file of ['index.mjs', 'layout.mjs']) {
      const text = readFileSync(`${DIST}/${file}`, 'utf8');
      expect(text.startsWith(MARKER)).toBe(true);
      expect(text).toContain(FAST_OBJECT_SPREAD);
      // Applying it again changes nothing.
      expect(patched(`dist/${file}`, text)).toBe(text);
    }
  });

  it('refuses a file whose text is not the one it was written for, rather than half-patching it', () => {
    const result = patched('dist/layout.mjs', 'export const nothing = 1;');
    expect(result).toBeInstanceOf(Error);
    expect((result as Error).message).toContain('not there');
  });

  it('spreads objects as oxc’s helper does: same keys, order, values, symbols, nulls skipped', () => {
    const shipped = shippedSpread();
    const symbol = Symbol('marker');
    const withGetter = Object.defineProperty({ a: 1 }, 'computed', { get: () => 42, enumerable: true });
    const hidden = Object.defineProperty({ shown: 1 }, 'hidden', { value: 2, enumerable: false });
    const cases: Array<() => unknown[]> = [
      () => [{}, { a: 1, b: 2 }],
      () => [{}, { a: 1, b: { nested: true } }, {}, { b: 3, c: undefined }],
      () => [{ z: 0 }, null, undefined, { y: 1 }],
      () => [{}, { [symbol]: 'kept', text: 'x' }],
      () => [{}, withGetter, {}, { after: true }],
      () => [{}, hidden],
      () => [{}, ['first', 'second']],
      () => [{}, { 2: 'two', 1: 'one', b: 'b', a: 'a' }],
    ];
    for (const make of cases) {
      const [target, ...sources] = make() as [object, ...unknown[]];
      const [target2, ...sources2] = make() as [object, ...unknown[]];
      const ours = fastSpread(target, ...sources);
      const theirs = shipped(target2, ...sources2);
      expect(Reflect.ownKeys(ours)).toEqual(Reflect.ownKeys(theirs));
      expect(ours).toStrictEqual(theirs);
      for (const key of Reflect.ownKeys(theirs))
        expect(Object.getOwnPropertyDescriptor(ours, key)).toEqual(
          Object.getOwnPropertyDescriptor(theirs, key),
        );
    }
  });
});

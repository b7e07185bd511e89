import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as patchedDocx from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  DOCX_VERSION,
  FAST_DEFINE_PROPERTY,
  FAST_OBJECT_SPREAD,
  MARKER,
  ORIGINAL_DEFINE_PROPERTY,
  patched,
} from '../../scripts/patch-docx.mjs';

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

type Define = (target: object, key: unknown, value: unknown) => object;
/** oxc's _defineProperty as docx ships it (from the CommonJS build), and the patched one over the same helpers. */
function defineProperties(): { shipped: Define; fast: Define } {
  const cjs = readFileSync(`${DIST}/layout.cjs`, 'utf8');
  const start = cjs.indexOf('function _typeof(o) {');
  const end = cjs.indexOf('function _defineProperty(e, r, t) {');
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  const helpers = cjs.slice(start, end);
  const rest = cjs.slice(end).indexOf('\n}\n') + end + 3;
  const shippedText = cjs.slice(end, rest);
  expect(shippedText.startsWith(ORIGINAL_DEFINE_PROPERTY)).toBe(true);
  const fastText = FAST_DEFINE_PROPERTY + shippedText.slice(ORIGINAL_DEFINE_PROPERTY.length);
  const make = (text: string) => new Function(`${helpers}${text}; return _defineProperty;`)() as Define;
  return { shipped: make(shippedText), fast: make(fastText) };
}

/** docx as it ships, unpatched: its CommonJS build, which the script leaves alone. */
const shippedDocx = createRequire(import.meta.url)('docx') as typeof patchedDocx;

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

  it('upgrades a file an earlier version patched with only the replacements it lacks', () => {
    const current = readFileSync(`${DIST}/index.mjs`, 'utf8');
    // What the first version wrote: its own marker, the spread replaced, nothing else.
    const earlier = current
      .replace(MARKER, '/* atelier-coop: patched by scripts/patch-docx.mjs */')
      .replace(FAST_DEFINE_PROPERTY, ORIGINAL_DEFINE_PROPERTY);
    expect(earlier).not.toBe(current);
    expect(patched('dist/index.mjs', earlier)).toBe(current);
  });

  it('sets fields as oxc’s helper does: string, number and symbol keys, new and inherited ones', () => {
    const { shipped, fast } = defineProperties();
    const symbol = Symbol('marker');
    class WithAccessor {
      get shown() {
        return 1;
      }
    }
    const keys: unknown[] = ['text', 'shown', 'toString', 2, symbol, { toString: () => 'made' }];
    for (const key of keys) {
      const ours = fast(new WithAccessor(), key, 'value');
      const theirs = shipped(new WithAccessor(), key, 'value');
      expect(Reflect.ownKeys(ours)).toEqual(Reflect.ownKeys(theirs));
      for (const own of Reflect.ownKeys(theirs))
        expect(Object.getOwnPropertyDescriptor(ours, own)).toEqual(Object.getOwnPropertyDescriptor(theirs, own));
    }
  });

  it('writes the same documents as the docx it was given: a theme, numbering and default styles made when asked are the same', async () => {
    const documentOf = (docx: typeof patchedDocx, options: 'none' | 'styles') =>
      new docx.Document({
        creator: 'Atelier Coop',
        ...(options === 'styles' ? { styles: { default: { document: { run: { font: 'Arial', size: 22 } } } } } : {}),
        numbering: {
          config: [
            {
              reference: 'steps',
              levels: [{ level: 0, format: docx.LevelFormat.DECIMAL, text: '%1.', alignment: docx.AlignmentType.START }],
            },
          ],
        },
        sections: [
          {
            children: [
              new docx.Paragraph({
                children: [
                  new docx.TextRun({ text: 'Coopération décentralisée', color: '1F4E79', bold: true }),
                  new docx.TextRun({ text: ' — Vallée-Haute', highlight: 'yellow' }),
                ],
              }),
              new docx.Paragraph({ text: 'Accès aux droits', bullet: { level: 0 } }),
              new docx.Paragraph({ text: 'Diagnostic partagé', numbering: { reference: 'steps', level: 0 } }),
            ],
          },
        ],
      });
    const partsOf = async (docx: typeof patchedDocx, options: 'none' | 'styles') =>
      Object.entries(unzipSync(new Uint8Array(await docx.Packer.toBuffer(documentOf(docx, options))))).map(
        ([path, data]) => [path, strFromU8(data).replace(/W3CDTF">[^<]+</g, 'W3CDTF"><')],
      );
    expect(shippedDocx.Document).not.toBe(patchedDocx.Document);
    for (const options of ['none', 'styles'] as const) {
      const ours = await partsOf(patchedDocx, options);
      expect(ours.map(([path]) => path)).toContain('word/theme/theme1.xml');
      expect(ours.find(([path]) => path === 'word/numbering.xml')?.[1]).toContain('w:abstractNum ');
      expect(ours).toEqual(await partsOf(shippedDocx, options));
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

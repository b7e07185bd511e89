/**
 * Seeded generators of hostile command payloads, shared by the dispatcher and HTTP fuzzers (small in
 * `npm test`, large in the soak). Two families: pure garbage (any JSON, any name) and near-valid payloads
 * (a real programme and real entity ids, with one field broken), which reach the handlers and the edits.
 */
import { CONTRACT, COMMAND_NAMES } from '../../src-shared/api/contract';
import { COLLECTION_KEYS, SECTION_KEYS, type ProgrammeSnapshot } from '../../src-shared/model';

export type Random = () => number;

export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;

const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\uD800',
  '‮',
  '__proto__',
  'constructor',
  'prototype',
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  'C:\\Windows',
  '<script>alert(1)</script>',
  "'; DROP TABLE programmes; --",
  '%s%s%n',
  '${7*7}',
  '{{7*7}}',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  'null',
  'true',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-7fff-bfff-ffffffffffff',
  '2026-02-30',
  '9999-99-99',
  'é'.repeat(3),
  '🏳️‍🌈',
];
const NASTY_NUMBERS = [0, -1, 1, -0, 0.5, 1e308, -1e308, 2 ** 53, -(2 ** 53), 2 ** 31, 4294967296, 1e-320, 123456789012];

export function randomUuid(r: Random): string {
  const hex = () => Math.floor(r() * 16).toString(16);
  const part = (n: number) => Array.from({ length: n }, hex).join('');
  return `${part(8)}-${part(4)}-7${part(3)}-${pick(r, ['8', '9', 'a', 'b'])}${part(3)}-${part(12)}`;
}

/** Any JSON value, with a bias towards the shapes that break parsers: deep, wide, long, prototype keys. */
export function randomJson(r: Random, depth = 0): unknown {
  const roll = r();
  if (depth > 4 || roll < 0.3) {
    const scalar = r();
    if (scalar < 0.15) return null;
    if (scalar < 0.3) return r() < 0.5;
    if (scalar < 0.5) return pick(r, NASTY_NUMBERS);
    if (scalar < 0.75) return pick(r, NASTY_STRINGS);
    if (scalar < 0.85) return randomUuid(r);
    return 'x'.repeat(Math.floor(r() * 3) === 0 ? 100_001 : Math.floor(r() * 50));
  }
  if (roll < 0.55) return Array.from({ length: Math.floor(r() * 5) }, () => randomJson(r, depth + 1));
  const out: Record<string, unknown> = {};
  const keys = ['programmeId', 'id', 'collection', 'fields', 'index', 'parentId', 'section', 'title', 'text', 'level', ...NASTY_STRINGS];
  // Own data properties, as JSON.parse makes them (so "__proto__" is a key, not the prototype).
  const own = (key: string, value: unknown) => Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  for (let i = Math.floor(r() * 6); i > 0; i--) own(pick(r, keys), randomJson(r, depth + 1));
  if (r() < 0.05) own('__proto__', { polluted: true });
  return out;
}

/** A deeply nested array (stack depth attacks). */
export function deepJson(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

/**
 * Write commands whose empty payload is valid would legitimately change the data (e.g. create the demo):
 * they are left to the other tests, the fuzzer must not be able to succeed at a write.
 */
export const FUZZ_COMMANDS = COMMAND_NAMES.filter((name) => CONTRACT[name].kind === 'query' || !CONTRACT[name].input.safeParse({}).success);

export interface FuzzCall {
  name: string;
  payload: unknown;
}

/** Garbage: a random or real command name and any payload (real programme ids never appear). */
export function garbageCall(r: Random): FuzzCall {
  const roll = r();
  const name = roll < 0.8 ? pick(r, FUZZ_COMMANDS) : roll < 0.9 ? pick(r, NASTY_STRINGS) : `${pick(r, FUZZ_COMMANDS)}${pick(r, ['.', ' ', '\u0000', 'x'])}`;
  const payload = r() < 0.03 ? deepJson(10_000) : randomJson(r);
  return { name, payload };
}

/** A value no field of any entity or section accepts (too long for any text, not a number, not a list of blocks). */
function broken(r: Random): unknown {
  return pick(r, [() => 'x'.repeat(200_001), () => deepJson(40), () => [['x'.repeat(200_001)]]])();
}

/**
 * Near-valid: the real programme, real entity ids, a real collection, and fields that are wrong in one
 * way (wrong type, out of range, dangling reference, unknown level…), so they reach the edit functions.
 */
export function nearValidCall(r: Random, s: ProgrammeSnapshot): FuzzCall {
  const programmeId = s.id;
  const collection = pick(r, COLLECTION_KEYS);
  const items = s[collection] as Array<{ id: string }>;
  const existing = items.length ? pick(r, items).id : randomUuid(r);
  const fieldNames = items.length ? Object.keys(items[0]!).filter((k) => k !== 'id') : ['text'];
  const badFields = () => ({ [pick(r, fieldNames)]: broken(r) });
  const dangling = () => ({ [pick(r, ['parentId', 'logframeId', 'indicatorId', 'funderId', 'territoryId', 'activityId'])]: randomUuid(r) });
  const templates: Array<() => FuzzCall> = [
    () => ({ name: 'entity.update', payload: { programmeId, collection, id: existing, fields: badFields() } }),
    () => ({ name: 'entity.update', payload: { programmeId, collection, id: existing, fields: { id: randomUuid(r) } } }),
    () => ({ name: 'entity.add', payload: { programmeId, collection, fields: { ...badFields() } } }),
    () => ({ name: 'entity.add', payload: { programmeId, collection: 'logframe', fields: { level: 'activity', parentId: randomUuid(r) } } }),
    () => ({ name: 'entity.add', payload: { programmeId, collection: 'logframe', fields: { level: pick(r, ['specific', 'result', 'activity', 'x']), parentId: null } } }),
    () => ({ name: 'entity.update', payload: { programmeId, collection, id: existing, fields: dangling() } }),
    () => ({ name: 'entity.remove', payload: { programmeId, collection, id: randomUuid(r) } }),
    () => ({ name: 'entity.move', payload: { programmeId, collection, id: existing, index: pick(r, [-1, 0.5, 1e9 + 0.5, NaN]) } }),
    () => ({ name: 'entity.move', payload: { programmeId, collection: 'logframe', id: s.logframe[0]?.id ?? existing, index: 0, parentId: randomUuid(r) } }),
    () => ({ name: 'section.update', payload: { programmeId, section: pick(r, SECTION_KEYS), fields: { [pick(r, ['title', 'startDate', 'currency', 'ruleSet', 'summary', 'steeringFrequency'])]: broken(r) } } }),
    () => ({ name: 'programme.rename', payload: { programmeId, title: pick(r, ['', '   ', 'x'.repeat(2_001), 42]) } }),
    () => ({ name: 'history.redo', payload: { programmeId } }),
    () => ({ name: pick(r, FUZZ_COMMANDS), payload: { programmeId, id: existing, fields: badFields(), index: -1 } }),
  ];
  return pick(r, templates)();
}

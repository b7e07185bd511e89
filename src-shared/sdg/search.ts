/**
 * Look-up and search over the SDG catalogue. Pure TypeScript, no Node or DOM dependency.
 */

import { SDG_GOALS, type SdgGoal } from './goals';
import { SDG_TARGETS, type SdgTarget } from './targets';

const TARGET_BY_CODE: ReadonlyMap<string, SdgTarget> = new Map(SDG_TARGETS.map((t) => [t.code, t]));
const GOAL_BY_CODE: ReadonlyMap<number, SdgGoal> = new Map(SDG_GOALS.map((g) => [g.code, g]));

/** Lower-case, strip accents and ligatures, so that "Égalité" and "egalite" compare equal. */
export function foldSdgText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

function words(text: string): string[] {
  return foldSdgText(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * Small words ignored in a multi-word query ("emploi des jeunes", "access to water"),
 * unless the query is made only of such words.
 */
const STOP_WORDS: ReadonlySet<string> = new Set([
  // French (accent-folded)
  ...'a au aux avec d dans de des du en et l la le les ou par pour sur un une y'.split(' '),
  // English
  ...'an and by for in of on or the to with'.split(' '),
]);

/** Folded words of each target's haystack: both labels of the target plus both labels of its goal. */
let wordIndex: ReadonlyMap<string, readonly string[]> | undefined;

function targetWords(target: SdgTarget): readonly string[] {
  if (!wordIndex) {
    const index = new Map<string, readonly string[]>();
    for (const t of SDG_TARGETS) {
      const goal = GOAL_BY_CODE.get(t.goal);
      const parts = [t.fr, t.en, goal?.fr ?? '', goal?.en ?? ''];
      index.set(t.code, [...new Set(parts.flatMap(words))]);
    }
    wordIndex = index;
  }
  return wordIndex.get(target.code) ?? [];
}

/**
 * Turns user input such as " 8,5 ", "1.A", "ODD 8.5" or "cible 17.19" into a canonical target code
 * ("8.5", "1.a", "17.19") when it names an existing target; otherwise undefined.
 */
export function normalizeSdgTargetCode(input: string): string | undefined {
  const code = stripCodePrefix(input).replace(',', '.');
  return TARGET_BY_CODE.has(code) ? code : undefined;
}

function stripCodePrefix(input: string): string {
  return input
    .trim()
    .toLowerCase()
    .replace(/^(odd|sdg|cible|target|objectif|goal)\s*/, '');
}

/** Exact look-up by canonical code ("8.5", "1.a"). */
export function findSdgTarget(code: string): SdgTarget | undefined {
  return TARGET_BY_CODE.get(code);
}

/** True when `code` is exactly the canonical code of one of the 169 targets. */
export function isSdgTargetCode(code: string): boolean {
  return TARGET_BY_CODE.has(code);
}

/** The goal (1 to 17) by its number. */
export function findSdgGoal(code: number): SdgGoal | undefined {
  return GOAL_BY_CODE.get(code);
}

/** The goal a target code belongs to; undefined when the code is not a known target. */
export function sdgGoalOf(code: string): SdgGoal | undefined {
  const target = TARGET_BY_CODE.get(code);
  return target ? GOAL_BY_CODE.get(target.goal) : undefined;
}

/**
 * A query that looks like a code or code prefix: "8", "8.", "8.5", "1.a", "17.1", "8,5", "ODD 8.5".
 * Returns the prefix to match against target codes, or undefined for a word query.
 * A bare goal number ("8") or "8." lists the whole goal; "1" never matches "10.x".
 */
function codePrefixOf(query: string): string | undefined {
  const q = stripCodePrefix(query).replace(',', '.');
  const m = /^(\d{1,2})(?:\.([0-9a-z]*))?$/.exec(q);
  if (!m) return undefined;
  return `${m[1] ?? ''}.${m[2] ?? ''}`;
}

/**
 * Searches the 169 targets.
 *
 * - Code queries ("8.5", "8.", "8", "17.1", "1.a") match targets whose code starts with the query;
 *   an exact code comes first, the rest in catalogue order ("17.1" → 17.1, 17.10 … 17.19).
 * - Word queries are case- and accent-insensitive: every word of the query (short stop words
 *   aside) must begin a word of the target's label in `locale`, of its label in the other
 *   language, or of its goal's label. Results keep catalogue order.
 *
 * `locale` is the language the user is typing in; both languages are searched so that a
 * French query still finds a target by an English term and vice versa.
 */
export function searchSdgTargets(query: string, locale: 'fr' | 'en', limit = 20): SdgTarget[] {
  void locale;
  const max = Number.isFinite(limit) ? Math.floor(limit) : SDG_TARGETS.length;
  if (max <= 0) return [];
  const trimmed = query.trim();
  if (trimmed === '') return [];

  const code = codePrefixOf(trimmed);
  if (code) {
    const exact = SDG_TARGETS.filter((t) => t.code === code);
    const others = SDG_TARGETS.filter((t) => t.code !== code && t.code.startsWith(code));
    return [...exact, ...others].slice(0, max);
  }

  const all = words(trimmed);
  const meaningful = all.filter((w) => !STOP_WORDS.has(w));
  const queryWords = meaningful.length > 0 ? meaningful : all;
  if (queryWords.length === 0) return [];

  const results: SdgTarget[] = [];
  for (const target of SDG_TARGETS) {
    const haystack = targetWords(target);
    if (queryWords.every((q) => haystack.some((w) => w.startsWith(q)))) {
      results.push(target);
      if (results.length >= max) break;
    }
  }
  return results;
}

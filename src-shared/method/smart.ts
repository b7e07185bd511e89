import type { Indicator, IndicatorTarget } from '../model';

/** SMART hints shown under an indicator: catalogue keys `indicators.smart.<hint>`. */
export type SmartHint = 'no_unit' | 'no_baseline' | 'no_target' | 'no_target_date' | 'vague_wording' | 'no_source';

/** Verbs that describe a direction, not a measure ("improve", "renforcer"…), when no figure or unit follows. */
const VAGUE = [
  'ameliorer', 'amelioration', 'renforcer', 'renforcement', 'favoriser', 'developper', 'meilleur', 'meilleure', 'mieux',
  'soutenir', 'promouvoir', 'sensibiliser', 'accompagner',
  'improve', 'improved', 'improvement', 'strengthen', 'strengthened', 'better', 'enhance', 'enhanced', 'promote', 'support',
];
const MEASURE = /\d|%|nombre|taux|part|proportion|pourcentage|number|rate|share|percentage|count/;

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export function isVagueWording(wording: string): boolean {
  const text = fold(wording.trim());
  if (text === '') return false;
  const words = text.split(/[^a-z0-9%]+/);
  return words.some((w) => VAGUE.includes(w)) && !MEASURE.test(text);
}

/** Hints for one indicator and its targets (specific, measurable, time-bound: what a text can tell). */
export function smartHints(indicator: Indicator, targets: readonly IndicatorTarget[]): SmartHint[] {
  const hints: SmartHint[] = [];
  const own = targets.filter((t) => t.indicatorId === indicator.id);
  if (indicator.type === 'quantitative' && indicator.unit.trim() === '') hints.push('no_unit');
  if (indicator.baselineValue === null && indicator.baselineText.trim() === '') hints.push('no_baseline');
  if (own.length === 0) hints.push('no_target');
  else if (own.some((t) => t.date === null)) hints.push('no_target_date');
  if (isVagueWording(indicator.wording)) hints.push('vague_wording');
  if (indicator.source.trim() === '') hints.push('no_source');
  return hints;
}

import type { ProgrammeSnapshot } from '../../model';
import { indicatorCodes, logframeCodes } from '../numbering';
import type { ReadinessItem } from '../readiness';
import { blank, inTreeOrder, item } from './item';

/** The goal, specific objectives and results need at least one indicator (activities need none). */
export function rowsWithoutIndicator(s: ProgrammeSnapshot): ReadinessItem[] {
  const codes = logframeCodes(s.logframe);
  const measured = new Set(s.indicators.map((i) => i.logframeId));
  return inTreeOrder(s.logframe)
    .filter((r) => r.level !== 'activity' && !measured.has(r.id))
    .map((r) => item('indicators', 'rowWithoutIndicator', `indicators.add.${r.id}`, { subject: r.id, params: { code: codes.get(r.id) ?? '' } }));
}

/** Each indicator: wording, unit (quantitative), baseline with its date, source of verification. */
export function indicatorFields(s: ProgrammeSnapshot): ReadinessItem[] {
  const codes = indicatorCodes(s.logframe, s.indicators);
  const out: ReadinessItem[] = [];
  for (const i of s.indicators) {
    const params = { code: codes.get(i.id) ?? '' };
    const at = (rule: string, field: string, severity: ReadinessItem['severity'] = 'blocking') =>
      out.push(item('indicators', rule, `indicator.${i.id}.${field}`, { subject: i.id, params, severity }));
    if (blank(i.wording)) at('indicatorWording', 'wording');
    if (i.type === 'quantitative' && blank(i.unit)) at('indicatorUnit', 'unit');
    if (i.baselineValue === null && blank(i.baselineText)) at('indicatorBaseline', 'baselineValue');
    else if (!i.baselineDate) at('indicatorBaselineDate', 'baselineDate', 'warning');
    if (blank(i.source)) at('indicatorSource', 'source');
  }
  return out;
}

/** Each indicator has a final target with a value (or a text) and a date. */
export function indicatorTargets(s: ProgrammeSnapshot): ReadinessItem[] {
  const codes = indicatorCodes(s.logframe, s.indicators);
  const out: ReadinessItem[] = [];
  for (const i of s.indicators) {
    const params = { code: codes.get(i.id) ?? '' };
    const finals = s.indicatorTargets.filter((t) => t.indicatorId === i.id && t.kind === 'final');
    if (finals.length === 0) {
      out.push(item('indicators', 'indicatorFinalTarget', `indicator.${i.id}.addTarget`, { subject: i.id, params }));
      continue;
    }
    for (const t of s.indicatorTargets.filter((x) => x.indicatorId === i.id)) {
      if (t.value === null && blank(t.text)) out.push(item('indicators', 'targetValue', `indicatorTarget.${t.id}.value`, { subject: t.id, params }));
      if (!t.date) out.push(item('indicators', 'targetDate', `indicatorTarget.${t.id}.date`, { subject: t.id, params }));
    }
  }
  return out;
}

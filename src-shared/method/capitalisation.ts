import type { Locale } from '../i18n/catalogues';
import { dateInWords, quantityWithUnit } from '../i18n/typography';
import type { Capitalisation, ProgrammeSnapshot } from '../model';
import { countryName } from './countries';
import { docPhrases, fill, lineText } from './pieces';
import { indicatorCodes, logframeCodes } from './numbering';
import { inTreeOrder } from './readiness-rules/item';
import { compareCodes } from './code-order';

/**
 * What the fiche de capitalisation can take from the programme itself (DOMAIN.md §2.9): facts shown as they
 * are, and suggestions for the officer's own fields when those are still empty. Pure.
 */
export interface CapitalisationFacts {
  title: string;
  partners: string[];
  territories: string[];
  period: string;
  sdgTargets: string[];
  objectives: Array<{ code: string; text: string }>;
  stakeholders: string[];
  governance: string;
  /** Latest monitoring value of each indicator that has one. */
  measured: string[];
}

export type CapitalisationField = keyof Capitalisation;

export function capitalisationFacts(s: ProgrammeSnapshot, locale: Locale): CapitalisationFacts {
  const p = docPhrases(locale);
  const f = s.framing;
  const codes = logframeCodes(s.logframe);
  const iCodes = indicatorCodes(s.logframe, s.indicators);
  const country = countryName(f.partnerCountry, locale);
  const partners = s.parties.map((x) => x.name.trim()).filter(Boolean);
  if (!partners.length) partners.push(...[f.partnerAuthority.trim()].filter(Boolean));
  const sdg = new Set<string>();
  s.indicators.forEach((i) => i.sdgTargets.forEach((t) => sdg.add(t)));
  const measured: string[] = [];
  // In the logframe's reading order (OG, OS1, R1.1…), as the indicator annex lists them.
  const rowOrder = new Map(inTreeOrder(s.logframe).map((r, i) => [r.id, i]));
  const indicators = [...s.indicators].sort((a, b) => (rowOrder.get(a.logframeId) ?? 0) - (rowOrder.get(b.logframeId) ?? 0));
  for (const indicator of indicators) {
    const values = s.monitoringValues
      .filter((m) => m.indicatorId === indicator.id && (m.value !== null || m.text.trim()))
      .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
    const last = values[values.length - 1];
    if (!last) continue;
    const value =
      last.value !== null
        ? quantityWithUnit(last.value, indicator.unit, locale)
        : last.text.trim();
    measured.push(
      lineText(
        fill(p.capitalisation.measured, {
          code: iCodes.get(indicator.id) ?? '',
          wording: indicator.wording.trim(),
          value,
          date: last.date ? dateInWords(last.date, locale) : '',
        }),
        locale,
      ).replace(/ (au|on) $/, ''),
    );
  }
  const governance = [s.governance.steeringComposition, s.governance.technicalCommittee]
    .map((t) => t.trim())
    .filter(Boolean)
    .join('\n');
  return {
    title: s.capitalisation.title.trim() || f.title.trim(),
    partners,
    territories: s.territories
      .map(
        (t) =>
          t.name.trim() +
          (t.side === 'partner' && country && !t.name.includes(country) ? ` (${country})` : ''),
      )
      .filter((t) => t.trim()),
    period:
      f.startDate && f.endDate
        ? lineText(
            fill(p.periodFromTo, {
              start: dateInWords(f.startDate, locale),
              end: dateInWords(f.endDate, locale),
            }),
            locale,
          )
        : '',
    sdgTargets: [...sdg].sort(compareCodes),
    objectives: inTreeOrder(s.logframe)
      .filter((r) => (r.level === 'goal' || r.level === 'specific' || r.level === 'result') && r.text.trim())
      .map((r) => ({ code: codes.get(r.id) ?? '', text: r.text.trim() })),
    stakeholders: s.stakeholders.map((x) => x.name.trim()).filter(Boolean),
    governance,
    measured,
  };
}

/** Suggested text for the officer's fields that are still empty; never overwrites what was written. */
export function capitalisationSuggestions(
  s: ProgrammeSnapshot,
  locale: Locale,
): Partial<Record<CapitalisationField, string>> {
  const facts = capitalisationFacts(s, locale);
  const core = s.problems.find((x) => x.kind === 'core')?.text.trim() ?? '';
  const suggestions: Partial<Record<CapitalisationField, string>> = {
    title: s.framing.title.trim(),
    context: [s.framing.history, s.framing.sharedChallenge]
      .map((t) => t.trim())
      .filter(Boolean)
      .join('\n'),
    problem: core,
    results: facts.measured.join('\n'),
    reciprocity: s.framing.reciprocityEffects.trim(),
    contacts: s.governance.focalPoints.trim(),
  };
  const out: Partial<Record<CapitalisationField, string>> = {};
  for (const [key, value] of Object.entries(suggestions) as Array<[CapitalisationField, string]>) {
    if (value && !s.capitalisation[key].trim()) out[key] = value;
  }
  return out;
}

/** The text the fiche prints for a field: the officer's, else the suggestion, else empty. */
export function capitalisationText(
  s: ProgrammeSnapshot,
  field: CapitalisationField,
  locale: Locale,
  /** The suggestions, when the caller asks for several fields (each call works them out again otherwise). */
  suggestions: Partial<Record<CapitalisationField, string>> = capitalisationSuggestions(s, locale),
): string {
  return s.capitalisation[field].trim() || suggestions[field] || '';
}

import { describe, expect, it } from 'vitest';
import { buildDemoProgramme } from '../../src-shared/demo';
import {
  capitalisationFacts,
  capitalisationSuggestions,
  capitalisationText,
} from '../../src-shared/method/capitalisation';
import { emptyProgramme, newId } from '../../src-shared/model';

const NOW = '2026-11-26T08:00:00.000Z';

describe('capitalisation prefill', () => {
  it('takes partners, territories, dates, SDG targets, objectives and measured results from the programme', () => {
    const s = buildDemoProgramme(newId, NOW);
    const facts = capitalisationFacts(s, 'fr');
    expect(facts.partners).toEqual(s.parties.map((p) => p.name));
    expect(facts.territories.length).toBe(2);
    expect(facts.territories.some((t) => t.includes('(Sénégal)'))).toBe(true);
    expect(facts.period).toMatch(/^du 1er janvier 2027 au /);
    expect(facts.sdgTargets).toEqual(
      [...new Set(s.indicators.flatMap((i) => i.sdgTargets))].sort((a, b) =>
        a.localeCompare(b, 'en', { numeric: true }),
      ),
    );
    expect(facts.objectives[0]!.code).toBe('OG');
    expect(facts.objectives.some((o) => o.code === 'R1.1')).toBe(true);
    const measuredIndicators = new Set(s.monitoringValues.map((m) => m.indicatorId));
    expect(facts.measured.length).toBe(measuredIndicators.size);
  });

  it('suggests text only for fields the officer has not written, and never overwrites', () => {
    const s = buildDemoProgramme(newId, NOW);
    const suggestions = capitalisationSuggestions(s, 'fr');
    expect(s.capitalisation.context).not.toBe('');
    expect(suggestions.context).toBeUndefined();
    expect(capitalisationText(s, 'context', 'fr')).toBe(s.capitalisation.context.trim());
    const blank = { ...s, capitalisation: { ...s.capitalisation, reciprocity: '' } };
    expect(capitalisationSuggestions(blank, 'fr').reciprocity).toBe(s.framing.reciprocityEffects.trim());
  });

  it('has nothing to invent on an empty programme', () => {
    const s = emptyProgramme(newId(), NOW, newId, { title: '' });
    const facts = capitalisationFacts(s, 'fr');
    expect(facts.partners).toEqual([]);
    expect(facts.period).toBe('');
    expect(facts.measured).toEqual([]);
    expect(capitalisationSuggestions(s, 'fr')).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { isVagueWording, smartHints } from '../../src-shared/method/smart';
import { Indicator, IndicatorTarget } from '../../src-shared/model';

const ID = '00000000-0000-7000-8000-000000000001';
const ROW = '00000000-0000-7000-8000-000000000002';
const indicator = (fields: object) => Indicator.parse({ id: ID, logframeId: ROW, ...fields });
const target = (fields: object) => IndicatorTarget.parse({ id: '00000000-0000-7000-8000-000000000003', indicatorId: ID, kind: 'final', ...fields });

describe('SMART hints', () => {
  it('a well-formed indicator has no hint', () => {
    const i = indicator({ wording: 'Nombre de jeunes en emploi six mois après', unit: 'jeunes', baselineValue: 12, source: 'Registre' });
    expect(smartHints(i, [target({ value: 60, date: '2029-12-31' })])).toEqual([]);
  });

  it('flags a missing unit, baseline, target and source', () => {
    expect(smartHints(indicator({ wording: 'Nombre de jeunes' }), [])).toEqual(['no_unit', 'no_baseline', 'no_target', 'no_source']);
  });

  it('a qualitative indicator needs no unit; a target without a date is flagged', () => {
    const i = indicator({ type: 'qualitative', wording: 'Avis des jeunes sur l’accompagnement', baselineText: 'Non mesuré', source: 'Enquête' });
    expect(smartHints(i, [target({ text: 'Avis favorable' })])).toEqual(['no_target_date']);
  });

  it('vague wording: a direction without a measure', () => {
    expect(isVagueWording('Améliorer l’insertion des jeunes')).toBe(true);
    expect(isVagueWording('Strengthen local services')).toBe(true);
    expect(isVagueWording('Taux d’insertion des jeunes accompagnés')).toBe(false);
    expect(isVagueWording('Améliorer de 20 % le taux d’insertion')).toBe(false);
    expect(isVagueWording('')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { actesNumberOf, isMatiereCode, matiereName, transmissionSheet } from '../../src-shared/method/actes';
import { scdlCsv, scdlRow, validateScdlRow, SCDL_FIELDS } from '../../src-shared/method/scdl';
import { buildDemoProgramme, demoAuthoritySettings } from '../../src-shared/demo';
import { AuthoritySettings, newId } from '../../src-shared/model';
import { isSiret } from '../../src-shared/model/siret';

const demo = () => buildDemoProgramme(newId, '2026-12-01T10:00:00.000Z');
const settings = (extra: Partial<AuthoritySettings> = {}) => AuthoritySettings.parse({ ...demoAuthoritySettings(), ...extra });

describe('the SIRET of the authority', () => {
  it('accepts a number with a valid Luhn key and refuses one digit changed', () => {
    expect(isSiret('21860194600013')).toBe(true); // the SCDL schema's own example (Ville de Poitiers)
    expect(isSiret('21860194600014')).toBe(false);
    expect(isSiret('2186019460001')).toBe(false);
    expect(AuthoritySettings.safeParse({ siret: '21860194600014' }).success).toBe(false);
    expect(AuthoritySettings.parse({}).siret).toBe('');
  });
});

describe('the @ctes transmission sheet', () => {
  it('defaults the matière to the lead author’s own level, and keeps the one the officer chose', () => {
    const code = (type: AuthoritySettings['authorityType'], matiere = '') => {
      const s = demo();
      return transmissionSheet({ ...s, session: { ...s.session, transmission: { ...s.session.transmission, matiere } } }, settings({ authorityType: type }))[0]!.matiere;
    };
    expect(code('departement')).toEqual({ code: '9.2', label: 'Autres domaines de compétences des départements' });
    expect(code('region').code).toBe('9.3');
    expect(code('commune').code).toBe('9.1');
    expect(code('epci').code).toBe('9.1');
    expect(code('commune', '7.5').code).toBe('7.5');
  });

  it('gives the deliberation nature 1 and the convention nature 4, the default matière 9.2, and valid numbers', () => {
    const [deliberation, convention] = transmissionSheet(demo(), settings());
    expect(deliberation).toMatchObject({ kind: 'deliberation', nature: 1, matiere: { code: '9.2' }, problems: [] });
    expect(convention).toMatchObject({ kind: 'convention', nature: 4, problems: [] });
    expect(deliberation!.number).toMatch(/^[0-9A-Z_]{1,15}$/);
    expect(convention!.number).toMatch(/^[0-9A-Z_]{1,15}$/);
    expect(deliberation!.number).not.toBe(convention!.number);
    expect(deliberation!.objet).not.toMatch(/\n/);
    expect(deliberation!.objet).toContain('Ndiawara');
  });

  it('flags a number @ctes refuses, an objet too long and an unknown matière', () => {
    const s = demo();
    s.session.transmission.deliberationActNumber = 'cp-2027/14';
    s.session.transmission.matiere = '9.7';
    s.framing.title = 'Programme '.repeat(60);
    const [deliberation] = transmissionSheet(s, settings());
    expect(deliberation!.problems).toEqual(['number_invalid', 'objet_too_long', 'matiere_invalid']);
  });

  it('writes numbers in @ctes’ alphabet and names matières as the SCDL does', () => {
    expect(actesNumberOf('CP-2027-03-14')).toBe('CP_2027_03_14');
    expect(actesNumberOf('délib. n° 12')).toBe('DELIB_N_12');
    expect(isMatiereCode('7.10')).toBe(true);
    expect(isMatiereCode('7.11')).toBe(false);
    expect(isMatiereCode('9.02')).toBe(false);
    expect(matiereName('9.2')).toBe('autres domaines de compétences/autres domaines de compétences des départements');
  });
});

describe('the SCDL « délibérations » row', () => {
  it('is valid for the demo once the SIRET is given, and carries the vote entered after the session', () => {
    const s = demo();
    s.session.vote = { members: 42, voters: 40, for: 36, against: 2, abstain: 2, notTaking: 2 };
    const row = scdlRow(s, settings({ siret: '21860194600013' }));
    expect(validateScdlRow(row)).toEqual([]);
    expect(row).toMatchObject({ COLL_SIRET: '21860194600013', DELIB_DATE: '2027-03-15', DELIB_MATIERE_CODE: '9.2', VOTE_POUR: '36', VOTE_REEL: '40', BUDGET_ANNEE: '2027/2029' });
    expect(row.DELIB_MATIERE_NOM).toMatch(/^[^,()]+\/[^,()]+$/);
  });

  it('names each field that breaks the schema', () => {
    const s = demo();
    s.session.vote = { members: 10, voters: 12, for: 12, against: 1, abstain: 0, notTaking: null };
    s.session.transmission.publicationUrl = 'pas une adresse';
    s.session.sessionDate = null;
    const problems = validateScdlRow(scdlRow(s, settings()));
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'COLL_SIRET', problem: 'required' },
        { field: 'DELIB_DATE', problem: 'required' },
        { field: 'DELIB_URL', problem: 'pattern' },
        { field: 'VOTE_REEL', problem: 'votes_exceed' },
        { field: 'VOTE_EFFECTIF', problem: 'votes_exceed' },
      ]),
    );
    expect(validateScdlRow({ ...scdlRow(demo(), settings({ siret: '21860194600013' })), COLL_SIRET: '21860194600014' })).toEqual([{ field: 'COLL_SIRET', problem: 'siret_key' }]);
  });

  it('writes a CSV with the schema’s header and quotes a value holding a comma', () => {
    const row = scdlRow(demo(), settings({ siret: '21860194600013' }));
    const csv = scdlCsv([{ ...row, DELIB_OBJET: 'Objet, avec « virgule »' }]);
    const [header, line] = csv.split('\r\n');
    expect(header).toBe(SCDL_FIELDS.join(','));
    expect(line).toContain('"Objet, avec « virgule »"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { pairRows, scriptSpans } from '../../src-main/documents/convention-bilingual';
import { clauseTitle } from '../../src-shared/method/clause-defaults';
import {
  BUILT_IN_LANGUAGES,
  fillPhrase,
  isRightToLeft,
  missingHeadings,
  partnerClauseTitle,
  partnerDeliberationRef,
  partnerPhrase,
  punctuation,
} from '../../src-shared/method/convention-languages';
import { authoritySuggestions, partyTypeNote, representativeWithTitle, signatureFunction } from '../../src-shared/method/partner-authorities';
import { CLAUSE_KEYS, Governance, PARTNER_HEADING_KEYS, ProgrammeSnapshot, upgradeSnapshot } from '../../src-shared/model';
import { bilingualStep } from '../../src-shared/model/upgrade-v3/bilingual';

const none = Governance.parse({}).partnerHeadings;

describe('the convention’s fixed phrases in the partner’s language', () => {
  it('exist for every heading and every standard clause in English, Spanish and Portuguese, and nowhere else', () => {
    expect(BUILT_IN_LANGUAGES.sort()).toEqual(['en', 'es', 'pt']);
    for (const language of BUILT_IN_LANGUAGES) {
      expect(missingHeadings(language, none, PARTNER_HEADING_KEYS), language).toEqual([]);
      for (const key of CLAUSE_KEYS) expect(partnerClauseTitle({ key, title: clauseTitle(key, 'departement'), partnerTitle: '' }, language, 'departement'), `${language} ${key}`).toBeTruthy();
    }
    expect(missingHeadings('ar', none, PARTNER_HEADING_KEYS)).toEqual([...PARTNER_HEADING_KEYS]);
    expect(partnerPhrase('agreed', 'es', none)).toBe('Las partes acuerdan lo siguiente:');
    expect(partnerPhrase('article', 'pt', none)).toBe('Artigo {{n}}');
  });

  it('carry no French typography: no narrow or non-breaking space anywhere', () => {
    for (const language of BUILT_IN_LANGUAGES)
      for (const key of PARTNER_HEADING_KEYS) expect(partnerPhrase(key, language, none), `${language} ${key}`).not.toMatch(/[\u00a0\u202f]/);
  });

  it('give way to the officer’s wording, in any language', () => {
    const headings = { ...none, agreed: 'Se acuerda:', article: 'المادة' };
    expect(partnerPhrase('agreed', 'es', headings)).toBe('Se acuerda:');
    expect(partnerPhrase('article', 'ar', headings)).toBe('المادة');
    expect(partnerPhrase('title', 'ar', headings)).toBeNull();
  });

  it('fill their blanks, and add a value at the end of a wording that has no blank for it', () => {
    expect(fillPhrase('Artículo {{n}}', { n: '3' }, ['n'])).toBe('Artículo 3');
    expect(fillPhrase('المادة', { n: '3' }, ['n'])).toBe('المادة 3');
    expect(fillPhrase('Hecho en {{dots}}, en {{count}} ejemplares.', { dots: '__', count: '4' })).toBe('Hecho en __, en 4 ejemplares.');
    expect(fillPhrase('Fait à', { dots: '__' }, [])).toBe('Fait à');
  });

  it('take the app’s clause title only while the French title is the default one', () => {
    expect(partnerClauseTitle({ key: 'purpose', title: 'Objet', partnerTitle: '' }, 'es', 'departement')).toBe('Objeto');
    expect(partnerClauseTitle({ key: 'purpose', title: 'Objet du partenariat', partnerTitle: '' }, 'es', 'departement')).toBeNull();
    expect(partnerClauseTitle({ key: 'purpose', title: 'Objet du partenariat', partnerTitle: 'Objeto del convenio' }, 'es', 'departement')).toBe('Objeto del convenio');
    expect(partnerClauseTitle({ key: 'custom', title: 'Visibilité', partnerTitle: '' }, 'en', 'departement')).toBeNull();
  });

  it('write a deliberation’s reference and date in the partner’s language', () => {
    expect(partnerDeliberationRef('12', '2026-03-03', 'es')).toBe('n.º 12 de 3 de marzo de 2026');
    expect(partnerDeliberationRef('12', '2026-03-03', 'pt')).toBe('n.º 12 de 3 de março de 2026');
    expect(partnerDeliberationRef('12', '2026-03-03', 'en')).toBe('No. 12 of 3 March 2026');
    expect(partnerDeliberationRef('', null, 'es')).toBe('');
    expect(partnerDeliberationRef('12', null, 'ar')).toBe('12');
  });

  it('know the right-to-left languages and the Arabic script’s punctuation', () => {
    expect(['ar', 'he', 'fa', 'ur'].every(isRightToLeft)).toBe(true);
    expect(['fr', 'es', 'vi', 'wo'].some(isRightToLeft)).toBe(false);
    expect(punctuation('ar')).toEqual({ comma: '،', semicolon: '؛' });
    expect(punctuation('he')).toEqual({ comma: ',', semicolon: ';' });
  });

  it('cut an Arabic sentence into its right-to-left spans and the Latin names or numbers among them', () => {
    expect(scriptSpans('مداولة رقم 2027-007/CM، بتاريخ')).toEqual([
      { text: 'مداولة رقم', rtl: true },
      { text: ' 2027-007/CM', rtl: false },
      { text: '، بتاريخ', rtl: true },
    ]);
    expect(scriptSpans('Valparaíso')).toEqual([{ text: 'Valparaíso', rtl: false }]);
  });
});

describe('the layout of the two versions', () => {
  it('pairs paragraph with paragraph when both versions have as many', () => {
    expect(pairRows(['h', 'a', 'b'], ['H', 'A', 'B'])).toEqual([[['h'], ['H']], [['a'], ['A']], [['b'], ['B']]]);
  });
  it('keeps the headings level and the rest of each version in one row otherwise', () => {
    expect(pairRows(['h', 'a', 'b'], ['H', 'AB'])).toEqual([[['h'], ['H']], [['a', 'b'], ['AB']]]);
    expect(pairRows(['a', 'b'], ['AB'])).toEqual([[['a', 'b'], ['AB']]]);
    expect(pairRows(['facts'], [])).toEqual([[['facts'], []]]);
    expect(pairRows([], [])).toEqual([]);
  });
  it('is two columns unless the officer chooses two parts', () => {
    expect(Governance.parse({}).conventionLayout).toBe('columns');
    expect(Governance.parse({ conventionLayout: 'parts' }).conventionLayout).toBe('parts');
    expect(Governance.safeParse({ conventionLayout: 'three' }).success).toBe(false);
  });
});

describe('partner authorities abroad', () => {
  it('print their type after the name unless the name says it, and the executive’s title after the representative', () => {
    expect(partyTypeNote({ name: 'Municipalidad de Valparaíso', partyType: 'comuna' })).toBe(' (comuna)');
    expect(partyTypeNote({ name: 'Commune de Ndiawara', partyType: 'commune' })).toBe('');
    expect(partyTypeNote({ name: 'Région Atsinanana', partyType: 'region' })).toBe('');
    expect(representativeWithTitle({ representedBy: 'Camila Nieto', executiveTitle: 'alcaldesa' })).toBe('Camila Nieto, alcaldesa');
    expect(representativeWithTitle({ representedBy: 'A. B. Diouf, Maire de la commune', executiveTitle: 'maire' })).toBe('A. B. Diouf, Maire de la commune');
    expect(representativeWithTitle({ representedBy: '', executiveTitle: 'maire' })).toBe('');
  });
  it('sign under their own function, else under the executive’s title', () => {
    expect(signatureFunction({ executiveTitle: 'gouverneur' }, { function: '' })).toBe('Gouverneur');
    expect(signatureFunction({ executiveTitle: 'gouverneur' }, { function: 'Gouverneur de la région Atsinanana' })).toBe('Gouverneur de la région Atsinanana');
    expect(signatureFunction(undefined, undefined)).toBe('');
  });
  it('get suggestions by country, general ones elsewhere', () => {
    expect(authoritySuggestions('CL').titles).toContain('alcalde');
    expect(authoritySuggestions('MA').titles).toContain('président du conseil communal');
    expect(authoritySuggestions('MG').titles).toContain('gouverneur');
    expect(authoritySuggestions('ZZ').types).toContain('province');
  });
});

describe('schema 2 → 3, bilingual step', () => {
  const v2 = {
    schemaVersion: 2,
    governance: { steeringComposition: 'Comité', conventionVisasFrance: '', conventionVisasPartner: '' },
    parties: [{ id: 'p', role: 'partner', name: 'Commune', seat: '', representedBy: '' }],
    clauses: [{ id: 'c', key: 'purpose', title: 'Objet', text: '', partnerText: 'Objeto', required: true, edited: false, defaultAtEdit: '' }],
  };
  it('adds the new fields empty, with the two columns schema 2 printed, and keeps every value', () => {
    const up = bilingualStep(v2) as typeof v2 & Record<string, never>;
    expect(up.governance).toMatchObject({ steeringComposition: 'Comité', conventionLayout: 'columns', objectPartner: '', preamblePartner: '' });
    expect(Object.values((up.governance as unknown as { partnerHeadings: Record<string, string> }).partnerHeadings).every((v) => v === '')).toBe(true);
    expect(up.parties[0]).toEqual({ ...v2.parties[0], partyType: '', executiveTitle: '' });
    expect(up.clauses[0]).toEqual({ ...v2.clauses[0], partnerTitle: '' });
    // The frozen headings table has the live keys (a key added later needs its own step).
    expect(Object.keys((up.governance as unknown as { partnerHeadings: object }).partnerHeadings).sort()).toEqual([...PARTNER_HEADING_KEYS].sort());
    expect(bilingualStep({ schemaVersion: 2 })).toEqual({ schemaVersion: 2 });
    expect(ProgrammeSnapshot.shape.governance.parse(up.governance)).toBeTruthy();
    expect(upgradeSnapshot({ ...v2, schemaVersion: 3 })).toEqual({ ...v2, schemaVersion: 3 });
  });
});

import { describe, expect, it } from 'vitest';
import { asSentence, documentTypography, insertedText, quantityWithUnit } from '../../src-shared/i18n/typography';
import { authorityForms, nounForms } from '../../src-shared/method/facts';

/** Council-grade French (issue 10, deliverable 6): the tables the documents' sentences rely on. */

const N = '\u202f';
const B = '\u00a0';

describe('authority names with their article and gender', () => {
  it.each([
    ['Département des Yvelines', 'le Département des Yvelines', 'du Département des Yvelines', 'au Département des Yvelines', 'masculine'],
    ['Commune de Ndiawara', 'la Commune de Ndiawara', 'de la Commune de Ndiawara', 'à la Commune de Ndiawara', 'feminine'],
    ['État', 'l’État', 'de l’État', 'à l’État', 'masculine'],
    ['Agglomération du Grand Lomé', 'l’Agglomération du Grand Lomé', 'de l’Agglomération du Grand Lomé', 'à l’Agglomération du Grand Lomé', 'feminine'],
    ['Conseil départemental de Matam', 'le Conseil départemental de Matam', 'du Conseil départemental de Matam', 'au Conseil départemental de Matam', 'masculine'],
    ['Union européenne', 'l’Union européenne', 'de l’Union européenne', 'à l’Union européenne', 'feminine'],
    ['Ndiawara', 'Ndiawara', 'de Ndiawara', 'à Ndiawara', null],
    ['AFD', 'AFD', 'd’AFD', 'à AFD', null],
  ])('%s → %s / %s / %s', (name, the, of, to, gender) => {
    const f = authorityForms(name, 'fr');
    expect([f.the, f.of, f.to, f.gender]).toEqual([the, of, to, gender]);
    expect(f.The.charAt(0)).toBe(the.charAt(0).toUpperCase());
  });

  it('titles the assembly and the president by gender: « La Commission permanente, », « la Présidente »', () => {
    expect(nounForms('Commission permanente', 'feminine', 'fr').The).toBe('La Commission permanente');
    expect(nounForms('Conseil départemental', 'masculine', 'fr').to).toBe('au Conseil départemental');
    expect(nounForms('Présidente du Conseil départemental', 'feminine', 'fr').of).toBe('de la Présidente du Conseil départemental');
    expect(nounForms('Président du Conseil départemental', 'masculine', 'fr').by).toBe('par le Président du Conseil départemental');
  });
});

describe('quantities with their unit', () => {
  it.each([
    [0, 'jeunes', `0${B}jeune`],
    [1, 'jeunes', `1${B}jeune`],
    [2, 'jeune', `2${B}jeunes`],
    [4, 'billet et séjour', `4${B}billets et séjours`],
    [75, 'bourse', `75${B}bourses`],
    [3, 'atelier de deux jours', `3${B}ateliers de deux jours`],
    [2, 'mois', `2${B}mois`],
    [12, 'journal local', `12${B}journaux locaux`],
    [5, 'bureau', `5${B}bureaux`],
    [1, 'personnes formées', `1${B}personne formée`],
    [1, 'parcours', `1${B}parcours`],
    [12.5, '%', `12,5${B}%`],
    [3, 'km', `3${B}km`],
    [3, 'ETP', `3${B}ETP`],
    [7, '', '7'],
  ])('%d %s → %s', (quantity, unit, expected) => {
    expect(quantityWithUnit(quantity, unit, 'fr')).toBe(expected);
  });
});

describe('typography of every printed string', () => {
  it.each([
    ['Les jeunes de 16 à 25 ans', `Les jeunes de 16 à 25${B}ans`],
    ['pendant 36 mois', `pendant 36${B}mois`],
    ['soit 41 % du total', `soit 41${B}% du total`],
    ['un budget de 84 000 €', `un budget de 84${N}000${B}€`],
    ['en 2027 et en 2028', 'en 2027 et en 2028'],
    ["l'accès aux droits", 'l’accès aux droits'],
    ['le projet "Cap Jeunes"', `le projet «${N}Cap Jeunes${N}»`],
    ['— Objet', `—${B}Objet`],
    ['– former les agents ;', `–${B}former les agents${N};`],
    ['en situation de handicap. ;', `en situation de handicap${N};`],
    ['fin de phrase..', 'fin de phrase.'],
    ['etc…', 'etc…'],
  ])('%j → %j', (input, expected) => {
    expect(documentTypography(input)).toBe(expected);
  });
});

describe('officer text inserted into a generated sentence', () => {
  it.each([
    ['Contribuer à l’inclusion des jeunes.', 'contribuer à l’inclusion des jeunes'],
    ['Les jeunes accèdent à l’emploi.', 'les jeunes accèdent à l’emploi'],
    ['Ndiawara devient un pôle d’insertion.', 'Ndiawara devient un pôle d’insertion'],
    ['ANPEJ et Mission locale coopèrent ;', 'ANPEJ et Mission locale coopèrent'],
    ['« Agir ensemble » est la devise.', '« Agir ensemble » est la devise'],
  ])('after a colon: %j → %j', (input, expected) => {
    expect(insertedText(input, 'fr')).toBe(expected);
  });

  it.each([
    ['Une réunion par an', 'Une réunion par an.'],
    ['Une réunion par an.', 'Une réunion par an.'],
    ['Une réunion par an..', 'Une réunion par an.'],
    ['Vraiment ?', 'Vraiment ?'],
    ['Une réunion par an ;', 'Une réunion par an.'],
  ])('ends with one full stop: %j → %j', (input, expected) => {
    expect(asSentence(input)).toBe(expected);
  });
});

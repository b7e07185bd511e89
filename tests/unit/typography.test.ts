import { describe, expect, it } from 'vitest';
import {
  amountInDocument,
  dateInWords,
  frenchSpacing,
  percentInDocument,
  quote,
  typeset,
} from '../../src-shared/i18n/typography';

const N = '\u202f'; // narrow no-break space
const B = '\u00a0'; // no-break space

describe('frenchSpacing', () => {
  it.each([
    ['Pourquoi ?', `Pourquoi${N}?`],
    ['Pourquoi?', `Pourquoi${N}?`],
    [`Pourquoi${B}?`, `Pourquoi${N}?`],
    ['Attention !', `Attention${N}!`],
    ['Vraiment ?!', `Vraiment${N}?!`],
    ['un ; deux', `un${N}; deux`],
    ['Objet : coopération', `Objet${N}: coopération`],
    ['Objet: coopération', `Objet${N}: coopération`],
    ['À 10:30 précises', 'À 10:30 précises'],
    ['voir https://cncd.fr/?q=1 demain', 'voir https://cncd.fr/?q=1 demain'],
    ['« Agir ensemble »', `«${N}Agir ensemble${N}»`],
    ['«Agir ensemble»', `«${N}Agir ensemble${N}»`],
    ['Rien à changer.', 'Rien à changer.'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(frenchSpacing(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = frenchSpacing('« Quoi ? » dit-elle : oui !');
    expect(frenchSpacing(once)).toBe(once);
    expect(once).toBe(`«${N}Quoi${N}?${N}» dit-elle${N}: oui${N}!`);
  });

  it('leaves English alone', () => {
    expect(typeset('Why? Because: yes!', 'en')).toBe('Why? Because: yes!');
    expect(typeset('Pourquoi ?', 'fr')).toBe(`Pourquoi${N}?`);
  });
});

describe('dateInWords', () => {
  it.each([
    ['2027-01-01', 'fr', '1er janvier 2027'],
    ['2026-11-26', 'fr', '26 novembre 2026'],
    ['2026-08-02', 'fr', '2 août 2026'],
    ['2027-01-01', 'en', '1 January 2027'],
    [null, 'fr', ''],
  ] as const)('%s (%s) → %s', (iso, locale, expected) => {
    expect(dateInWords(iso, locale)).toBe(expected);
  });
});

describe('amountInDocument', () => {
  it.each([
    [12345, 'fr', `12${N}345,00${B}€`],
    [0, 'fr', `0,00${B}€`],
    [1234567.5, 'fr', `1${N}234${N}567,50${B}€`],
    [999.999, 'fr', `1${N}000,00${B}€`],
    [12345, 'en', '€12,345.00'],
  ] as const)('%d (%s) → %j', (amount, locale, expected) => {
    expect(amountInDocument(amount, locale)).toBe(expected);
  });
});

describe('percentInDocument and quote', () => {
  it('formats percentages and quotations per locale', () => {
    expect(percentInDocument(0.125, 'fr')).toBe(`12,5${B}%`);
    expect(percentInDocument(0.7, 'en')).toBe('70%');
    expect(quote(' Agir ', 'fr')).toBe(`«${N}Agir${N}»`);
    expect(quote('Act', 'en')).toBe('“Act”');
  });
});

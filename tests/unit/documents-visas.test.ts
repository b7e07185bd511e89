import { describe, expect, it } from 'vitest';
import { visaLines } from '../../src-main/documents/convention';
import { docPhrases } from '../../src-shared/method/deliberation';

describe('the convention’s extra visas', () => {
  const fr = docPhrases('fr').convention;
  const en = docPhrases('en').convention;

  it('one visa per line, "Vu" added when missing, closing semicolon in place of the officer’s punctuation', () => {
    expect(visaLines('Vu la loi n° 2021-1031 du 4 août 2021.\n\n  loi n° 2013-10 du 28 décembre 2013 ;  \n', fr)).toEqual([
      'Vu la loi n° 2021-1031 du 4 août 2021\u202f;',
      'Vu loi n° 2013-10 du 28 décembre 2013\u202f;',
    ]);
    expect(visaLines('vu le décret du 1er mars 2020,', fr)).toEqual(['vu le décret du 1er mars 2020\u202f;']);
    expect(visaLines('Vue d’ensemble', fr)).toEqual(['Vu Vue d’ensemble\u202f;']);
  });

  it('nothing when the field is empty; English phrasing in English documents', () => {
    expect(visaLines(' \n \n', fr)).toEqual([]);
    expect(visaLines('the Local Authorities Code of Senegal', en)).toEqual(['Having regard to the Local Authorities Code of Senegal;']);
  });
});

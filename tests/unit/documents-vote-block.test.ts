import { describe, expect, it } from 'vitest';
import { buildDocumentPackage } from '../../src-main/documents/package';
import { buildDemoProgramme, demoAuthoritySettings } from '../../src-shared/demo';
import { AuthoritySettings, newId } from '../../src-shared/model';
import { documentText } from '../helpers/docx-text';

const settings = AuthoritySettings.parse(demoAuthoritySettings());

async function voteBlock(vote?: { for: number; against: number; abstain: number; notTaking: number }): Promise<string> {
  const s = buildDemoProgramme(newId, '2026-12-01T10:00:00.000Z');
  if (vote) s.session.vote = { members: 42, voters: 40, ...vote };
  const [file] = await buildDocumentPackage(s, settings, { locale: 'fr', draft: false, documents: ['deliberation'] });
  const text = documentText(file!.bytes);
  return text.slice(text.indexOf('Résultat du vote'), text.indexOf('Adopté le'));
}

describe('the deliberation’s vote block', () => {
  it('leaves lines to fill in by hand before the session', async () => {
    const block = await voteBlock();
    expect(block).toMatch(/Pour\n_+\nContre\n_+/);
  });

  it('prints the results entered after the session', async () => {
    const block = await voteBlock({ for: 36, against: 2, abstain: 1, notTaking: 3 });
    expect(block).toContain('Pour\n36\nContre\n2\nAbstentions\n1\nNe prennent pas part au vote\n3');
  });
});

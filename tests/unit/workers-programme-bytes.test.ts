import { deserialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { programmeBytes } from '../../src-main/workers/documents';
import { AuthoritySettings } from '../../src-shared/model';
import { completeProgramme, completeSettings } from './readiness-fixture';

describe('what the document tasks receive', () => {
  it('is the programme and the settings without the saved Word template, which no document reads', () => {
    const template = { name: 'modele.docx', base64: 'UEsDB'.repeat(400_000) };
    const settings = AuthoritySettings.parse({ ...completeSettings(), wordTemplate: template });
    const snapshot = completeProgramme();
    const bytes = programmeBytes(snapshot, settings);
    const received = deserialize(bytes) as { snapshot: unknown; settings: AuthoritySettings };
    expect(received.snapshot).toEqual(snapshot);
    expect(received.settings).toEqual({ ...settings, wordTemplate: null });
    // Two megabytes of template are not copied to each of the five tasks.
    expect(bytes.length).toBeLessThan(programmeBytes(snapshot, { ...settings, wordTemplate: null }).length + 1_000);
    // The caller's settings keep their template.
    expect(settings.wordTemplate).toEqual(template);
  });
});

import { buildAmendmentPackage } from '../documents/avenant-package';
import { exportApd } from '../xlsx/apd';
import type { Locale } from '../../src-shared/i18n/catalogues';
import type { ApdRow } from '../../src-shared/method/apd';
import type { AuthoritySettings, ProgrammeSnapshot } from '../../src-shared/model';
import { stripXmlForbiddenDeep } from '../../src-shared/model/xml-chars';

/** The declarations' heavy work (the amendment's .docx, the e-APD workbook), run in the worker pool like the others. */
export const declarationTasks = {
  'declarations.avenant': async (input: {
    voted: ProgrammeSnapshot;
    current: ProgrammeSnapshot;
    settings: AuthoritySettings;
    options: Parameters<typeof buildAmendmentPackage>[3];
  }) => {
    const { voted, current, settings } = stripXmlForbiddenDeep({ voted: input.voted, current: input.current, settings: input.settings });
    const built = await buildAmendmentPackage(voted, current, settings, input.options);
    return { files: built.files, markers: built.markers };
  },
  'declarations.apd': (input: { rows: ApdRow[]; year: number; authority: string; locale: Locale }) =>
    exportApd(input.rows, input.year, stripXmlForbiddenDeep(input.authority), input.locale),
};

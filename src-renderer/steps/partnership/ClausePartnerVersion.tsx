import { useTranslation } from 'react-i18next';
import { builtInPartnerClauseTitle, isRightToLeft } from '../../../src-shared/method/convention-languages';
import type { Clause } from '../../../src-shared/model';
import { useMissing } from '../../components/authoring-hooks';
import { TextField } from '../../components/kit';
import { useProgramme, type ProgrammeApi } from '../../state/programme';
import { shownAsFailedSave } from '../../state/store';

/** An article's title and text in the partner's language, written by people (the app never translates them). */
export function ClausePartnerVersion({
  clause: c,
  number,
  language,
  languageName,
  rows,
  p,
}: {
  clause: Clause;
  number: number;
  language: string;
  languageName: string;
  rows: number;
  p: ProgrammeApi;
}) {
  const { t } = useTranslation();
  const missing = useMissing();
  const { settings } = useProgramme();
  const direction = isRightToLeft(language) ? 'partner-rtl' : '';
  return (
    <>
      <TextField
        id={`clause.${c.id}.partnerTitle`}
        className={direction}
        label={t('bilingual.partnerTitle', { number, language: languageName })}
        help={t('bilingual.partnerTitleHelp')}
        value={c.partnerTitle}
        placeholder={builtInPartnerClauseTitle(c, language, settings.authorityType)}
        missing={missing(`clause.${c.id}.partnerTitle`)}
        onCommit={(partnerTitle) => p.update('clauses', c.id, { partnerTitle }).catch(shownAsFailedSave)}
      />
      <TextField
        id={`clause.${c.id}.partnerText`}
        className={direction}
        label={t('partnership.clauses.partnerText', { number, language: languageName })}
        help={t('partnership.clauses.partnerTextHelp')}
        multiline
        rows={rows}
        value={c.partnerText}
        missing={missing(`clause.${c.id}.partnerText`)}
        onCommit={(partnerText) => p.run('convention.updateClause', { programmeId: p.snapshot.id, id: c.id, partnerText }).then(() => undefined, () => undefined)}
      />
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { hrefOf } from '../router';
import './archive.css';

/** Archive actions on the programme list (import an .atelier file). */
export function ArchiveListActions() {
  const { t } = useTranslation();
  return (
    <a className="button-link" href={hrefOf.import()}>
      {t('archive.list.import')}
    </a>
  );
}

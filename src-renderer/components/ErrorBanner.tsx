import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api';
import { issueText, type CommandIssue } from '../../src-shared/i18n/issue-text';

/** One sentence: what happened and what to do (the error code's catalogue entry). */
export function ErrorBanner({ error, onDismiss }: { error: ApiError | null; onDismiss?: () => void }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const issues = (error.details as { issues?: CommandIssue[] } | undefined)?.issues;
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  return (
    <div className="banner banner-error" role="alert">
      <span aria-hidden="true">✖</span>
      <div>
        <p>{t(`errors.${error.code}`)}</p>
        {issues?.length ? (
          <ul className="banner-details">
            {issues.slice(0, 5).map((i) => (
              <li key={`${i.path}:${i.code ?? ''}:${i.message}`}>{issueText(i, (key, params) => t(key, params ?? {}), locale)}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {onDismiss ? (
        <button type="button" className="button-quiet" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      ) : null}
    </div>
  );
}

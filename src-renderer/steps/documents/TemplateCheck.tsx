import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GeneratedFile, TemplateInspection } from '../../../src-shared/api/documents';
import type { AuthoritySettings } from '../../../src-shared/model';
import { ApiError, call } from '../../api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Preview } from './Preview';
import './template-check.css';
import { MissingMark } from '../../components/kit';

const braces = (names: string[]) => names.map((n) => `{{${n}}}`).join(', ');

/**
 * Before filling: what the saved template lacks for the rapport and the deliberation, and its unknown placeholders.
 * After: the deliberation filled into it, in the preview, before the officer generates and saves the package.
 */
export function TemplateCheck({
  programmeId,
  template,
  locale,
  draft,
}: {
  programmeId: string;
  template: NonNullable<AuthoritySettings['wordTemplate']>;
  locale: 'fr' | 'en';
  draft: boolean;
}) {
  const { t } = useTranslation();
  const [inspection, setInspection] = useState<TemplateInspection | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [filling, setFilling] = useState(false);
  const [filled, setFilled] = useState<GeneratedFile | null>(null);

  useEffect(() => {
    let cancelled = false;
    setInspection(null);
    setFilled(null);
    call('template.inspect', { base64: template.base64 })
      .then((result) => !cancelled && setInspection(result))
      // Shown in the banner: a template that cannot be read is the officer's to replace in the settings.
      .catch((e: unknown) => !cancelled && setError(asApiError(e)));
    return () => {
      cancelled = true;
    };
  }, [template.base64]);

  const preview = async () => {
    setError(null);
    setFilling(true);
    try {
      const result = await call('template.fill', { programmeId, kind: 'deliberation', draft, locale });
      setFilled({
        kind: 'deliberation',
        fileName: result.fileName,
        base64: result.base64,
        size: Math.round((result.base64.length * 3) / 4),
      });
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setFilling(false);
    }
  };

  const missing = inspection?.missing;
  return (
    <section className="template-check" aria-labelledby="template-check-title">
      <h2 id="template-check-title">{t('documents.templateCheck.title')}</h2>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      {!inspection && !error ? <p role="status">{t('documents.templateCheck.reading')}</p> : null}
      {inspection && missing ? (
        <div role="status">
          {!missing.deliberation.length && !missing.rapport.length ? (
            <p className="status-ok">
              <span aria-hidden="true">✓ </span>
              {t('documents.templateCheck.complete')}
            </p>
          ) : null}
          {missing.deliberation.length ? (
            <MissingMark>{t('documents.templateCheck.missingDeliberation', { list: braces(missing.deliberation) })}</MissingMark>
          ) : null}
          {missing.rapport.length ? (
            <MissingMark>{t('documents.templateCheck.missingRapport', { list: braces(missing.rapport) })}</MissingMark>
          ) : null}
          {inspection.unknown.length ? (
            <MissingMark>{t('documents.templateCheck.unknown', { list: braces(inspection.unknown) })}</MissingMark>
          ) : null}
        </div>
      ) : null}
      <button type="button" onClick={() => void preview()} disabled={filling || !inspection}>
        {filling ? t('documents.templateCheck.filling') : t('documents.templateCheck.preview')}
      </button>
      {filled ? <Preview file={filled} onClose={() => setFilled(null)} /> : null}
    </section>
  );
}

function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError({ code: 'internal', message: String(e) });
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_PLACEHOLDERS } from '../../src-shared/api/documents';
import type { AuthoritySettings } from '../../src-shared/model';
import { ApiError, call } from '../api';
import { openFile, toBase64 } from '../platform';

const MAX_BYTES = 2 * 1024 * 1024;

/** Upload of the Département's .docx template, checked for placeholders, with the documented list. */
export function TemplateField({
  value,
  onChange,
}: {
  value: AuthoritySettings['wordTemplate'];
  onChange: (template: AuthoritySettings['wordTemplate']) => void;
}) {
  const { t } = useTranslation();
  const [report, setReport] = useState<{ known: string[]; unknown: string[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const choose = async () => {
    const file = await openFile([{ name: 'Word', extensions: ['docx'] }]);
    if (!file) return;
    if (file.bytes.length > MAX_BYTES) return setProblem(t('settings.template.tooLarge'));
    const base64 = toBase64(file.bytes);
    try {
      const inspection = await call('template.inspect', { base64 });
      setReport(inspection);
      if (!inspection.known.length) return setProblem(t('settings.template.noneKnown'));
      setProblem(null);
      onChange({ name: file.name, base64 });
    } catch (e) {
      setReport(null);
      setProblem(t(`errors.${e instanceof ApiError ? e.code : 'internal'}`));
    }
  };
  return (
    <div className="field" id="settings.wordTemplate" tabIndex={-1}>
      <p>{t('settings.template.intro', { example: '{{objet}}' })}</p>
      <p className="field-hint">{t('settings.template.blockNote')}</p>
      <p>{value ? t('settings.template.current', { name: value.name }) : t('settings.template.none')}</p>
      <div className="logo-field">
        <button type="button" onClick={() => void choose()}>
          {t('settings.template.choose')}
        </button>
        {value ? (
          <button type="button" className="button-danger" onClick={() => onChange(null)}>
            {t('settings.template.remove')}
          </button>
        ) : null}
      </div>
      {report ? (
        <div role="status">
          {report.known.length ? (
            <p className="status-ok">
              <span aria-hidden="true">✓ </span>
              {t('settings.template.found', { list: report.known.join(', ') })}
            </p>
          ) : null}
          {report.unknown.length ? (
            <p className="status-todo">
              <span aria-hidden="true">◔ </span>
              {t('settings.template.unknown', { list: report.unknown.join(', ') })}
            </p>
          ) : null}
        </div>
      ) : null}
      {problem ? (
        <div className="field-status status-blocking" role="alert">
          <span aria-hidden="true">✖ </span>
          {problem}
        </div>
      ) : null}
      <table className="table placeholder-table">
        <caption>{t('settings.template.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('settings.template.placeholder')}</th>
            <th scope="col">{t('settings.template.meaning')}</th>
          </tr>
        </thead>
        <tbody>
          {TEMPLATE_PLACEHOLDERS.map((key) => (
            <tr key={key}>
              <td>
                <code>{`{{${key}}}`}</code>
              </td>
              <td>{t(`settings.template.placeholders.${key}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthoritySettings } from '../../src-shared/model';
import { openFile, toBase64 } from '../platform';

const MAX_BYTES = 2 * 1024 * 1024;

/** Logo upload: PNG or JPEG, shown as a preview, stored in the settings (base64). */
export function LogoField({
  value,
  onChange,
}: {
  value: AuthoritySettings['logo'];
  onChange: (logo: AuthoritySettings['logo']) => void;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const choose = async () => {
    const file = await openFile([{ name: 'Image', extensions: ['png', 'jpg', 'jpeg'] }]);
    if (!file) return;
    const png = file.bytes[0] === 0x89 && file.bytes[1] === 0x50;
    const jpeg = file.bytes[0] === 0xff && file.bytes[1] === 0xd8;
    if (!png && !jpeg) return setProblem(t('settings.logo.wrongType'));
    if (file.bytes.length > MAX_BYTES) return setProblem(t('settings.logo.tooLarge'));
    setProblem(null);
    onChange({ mimeType: png ? 'image/png' : 'image/jpeg', base64: toBase64(file.bytes) });
  };
  return (
    <div className="field" id="settings.logo" tabIndex={-1}>
      <span className="field-label" id="settings-logo-label">
        {t('settings.fields.logo')}
      </span>
      <div className="logo-field" role="group" aria-labelledby="settings-logo-label">
        {value ? (
          <img
            className="logo-preview"
            src={`data:${value.mimeType};base64,${value.base64}`}
            alt={t('settings.logo.alt')}
          />
        ) : (
          <span className="field-hint">{t('settings.logo.none')}</span>
        )}
        <button type="button" onClick={() => void choose()}>
          {t('settings.logo.choose')}
        </button>
        {value ? (
          <button type="button" className="button-danger" onClick={() => onChange(null)}>
            {t('settings.logo.remove')}
          </button>
        ) : null}
      </div>
      <div className="field-hint">{t('settings.help.logo')}</div>
      {problem ? (
        <div className="field-status status-blocking" role="alert">
          <span aria-hidden="true">✖ </span>
          {problem}
        </div>
      ) : null}
    </div>
  );
}

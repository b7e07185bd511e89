import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GeneratedFile } from '../../../src-shared/api/documents';
import { fromBase64 } from '../../platform';

/** The document as Word would lay it out, rendered in the app (docx-preview) before the officer saves it. */
export function Preview({ file, onClose }: { file: GeneratedFile; onClose: () => void }) {
  const { t } = useTranslation();
  const body = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    const container = body.current;
    if (!container) return;
    container.innerHTML = '';
    setFailed(false);
    heading.current?.focus();
    void import('docx-preview')
      .then(({ renderAsync }) =>
        renderAsync(new Blob([fromBase64(file.base64) as BlobPart]), container, undefined, {
          inWrapper: true,
          breakPages: true,
          renderHeaders: true,
          renderFooters: true,
          ignoreLastRenderedPageBreak: true,
        }),
      )
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [file]);

  return (
    <section className="document-preview" aria-labelledby="document-preview-title">
      <div className="document-preview-bar">
        <h2 id="document-preview-title" tabIndex={-1} ref={heading}>
          {t('documents.screen.previewOf', { name: file.fileName })}
        </h2>
        <button type="button" onClick={onClose}>
          {t('documents.screen.closePreview')}
        </button>
      </div>
      {failed ? <p className="status-blocking">✖ {t('errors.internal')}</p> : null}
      {/* Scrollable, so it takes the focus: a keyboard can scroll through the document. */}
      <div
        ref={body}
        className="document-preview-body"
        lang={file.fileName.endsWith('(en).docx') ? 'en' : 'fr'}
        tabIndex={0}
        role="region"
        aria-label={t('documents.screen.previewBody', { name: file.fileName })}
      />
    </section>
  );
}

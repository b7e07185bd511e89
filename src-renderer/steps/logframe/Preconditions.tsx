import { useTranslation } from 'react-i18next';
import { useProgramme } from '../../state/programme';
import { focusWhenReady } from '../../components/focusWhenReady';
import { shownAsFailedSave } from '../../state/store';
import { TextCell } from '../../components/kit';

/** Preconditions sit under the matrix: what must hold before the activities start. */
export function Preconditions() {
  const { t } = useTranslation();
  const p = useProgramme();
  const add = async () => {
    const id = await p.add('preconditions', { text: '' });
    focusWhenReady(`precondition.${id}`);
  };
  return (
    <section className="lf-preconditions" aria-labelledby="lf-preconditions-title">
      <h2 id="lf-preconditions-title">{t('logframe.preconditions.title')}</h2>
      <p className="step-intro">{t('logframe.preconditions.intro')}</p>
      {p.snapshot.preconditions.length === 0 ? <p className="empty">{t('logframe.preconditions.empty')}</p> : null}
      <ol>
        {p.snapshot.preconditions.map((c, n) => (
          <li key={c.id}>
            <TextCell id={`precondition.${c.id}`} label={t('logframe.preconditions.label', { n: n + 1 })} value={c.text} onCommit={(text) => p.update('preconditions', c.id, { text })} />
            <button type="button" className="button-danger" aria-label={t('logframe.preconditions.remove', { n: n + 1 })} onClick={() => void p.remove('preconditions', c.id).catch(shownAsFailedSave)}>
              <span aria-hidden="true">✕</span>
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => void add().catch(shownAsFailedSave)}>
        + {t('logframe.preconditions.add')}
      </button>
    </section>
  );
}

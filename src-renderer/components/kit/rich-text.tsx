import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inline, RichText } from '../../../src-shared/model';
import { markupToRichText, normaliseRichText, richTextToMarkup } from '../../../src-shared/method/richtext';
import { useHelp } from '../help';
import { useDraft } from './draft';
import { MissingMark } from './missing';
import './rich-text.css';

/**
 * A labelled textarea with light markup (**gras**, *italique*, "- " and "1. " lists), a toolbar and
 * an optional preview. What is saved is always the model's blocks (never HTML), on blur or pause.
 */

const same = (a: string, b: string) => JSON.stringify(markupToRichText(a)) === JSON.stringify(markupToRichText(b));

export function RichTextField(props: {
  id: string;
  label: string;
  value: RichText;
  onCommit: (value: RichText) => void;
  help?: string;
  missing?: string | null;
  rows?: number;
}) {
  const { t } = useTranslation();
  const { setHelp } = useHelp();
  const area = useRef<HTMLTextAreaElement>(null);
  const [preview, setPreview] = useState(false);
  const { draft, change, blur } = useDraft(richTextToMarkup(props.value), (markup) => props.onCommit(normaliseRichText(markupToRichText(markup))), same);
  const helpId = `${props.id}-syntax`;
  const statusId = `${props.id}-status`;

  /**
   * Edits go straight into the textarea (so the caret lands where it should, before the next key
   * is typed), then into the draft, which then matches what the element shows.
   */
  const replace = (el: HTMLTextAreaElement, text: string, start: number, end: number, caret: [number, number]) => {
    el.focus();
    el.setRangeText(text, start, end);
    el.setSelectionRange(caret[0], caret[1]);
    change(el.value);
  };
  /** Wraps the selection in a mark (or inserts the pair and puts the caret inside). */
  const wrap = (mark: string) => {
    const el = area.current;
    if (!el) return;
    const { selectionStart: a, selectionEnd: b, value } = el;
    replace(el, `${mark}${value.slice(a, b)}${mark}`, a, b, [a + mark.length, b + mark.length]);
  };
  /** Turns the selected lines into list items (or back into plain lines). */
  const list = (kind: 'bullet' | 'numbered') => {
    const el = area.current;
    if (!el) return;
    const { selectionStart: a, selectionEnd: b, value } = el;
    const start = value.lastIndexOf('\n', a - 1) + 1;
    const endNl = value.indexOf('\n', b);
    const end = endNl === -1 ? value.length : endNl;
    const lines = value.slice(start, end).split('\n');
    const marker = /^\s*([-•–]|\d{1,3}[.)])\s+/;
    const already = lines.every((l) => (kind === 'bullet' ? /^\s*[-•–]\s+/ : /^\s*\d{1,3}[.)]\s+/).test(l));
    const changed = lines
      .map((l, i) => {
        const bare = l.replace(marker, '');
        return already ? bare : `${kind === 'bullet' ? '-' : `${i + 1}.`} ${bare}`;
      })
      .join('\n');
    replace(el, changed, start, end, [start, start + changed.length]);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'b') {
      e.preventDefault();
      wrap('**');
    } else if (key === 'i') {
      e.preventDefault();
      wrap('*');
    }
  };

  return (
    <div className="field rich-text">
      <label htmlFor={props.id}>{props.label}</label>
      <div className="rich-toolbar" role="toolbar" aria-label={t('diagnosis.richText.toolbar', { label: props.label })} aria-controls={props.id}>
        <button type="button" onClick={() => wrap('**')} title={`${t('diagnosis.richText.bold')} (Ctrl+B)`}>
          <b aria-hidden="true">{t('diagnosis.richText.boldGlyph')}</b>
          <span className="visually-hidden">{t('diagnosis.richText.bold')}</span>
        </button>
        <button type="button" onClick={() => wrap('*')} title={`${t('diagnosis.richText.italic')} (Ctrl+I)`}>
          <i aria-hidden="true">I</i>
          <span className="visually-hidden">{t('diagnosis.richText.italic')}</span>
        </button>
        <button type="button" onClick={() => list('bullet')} title={t('diagnosis.richText.bullet')}>
          <span aria-hidden="true">•≡</span>
          <span className="visually-hidden">{t('diagnosis.richText.bullet')}</span>
        </button>
        <button type="button" onClick={() => list('numbered')} title={t('diagnosis.richText.numbered')}>
          <span aria-hidden="true">1≡</span>
          <span className="visually-hidden">{t('diagnosis.richText.numbered')}</span>
        </button>
        <button type="button" aria-pressed={preview} onClick={() => setPreview(!preview)}>
          {t('diagnosis.richText.preview')}
        </button>
      </div>
      <textarea
        ref={area}
        id={props.id}
        rows={props.rows ?? Math.min(16, Math.max(5, Math.ceil(draft.length / 60) + (draft.match(/\n/g) ?? []).length))}
        value={draft}
        onChange={(e) => change(e.target.value)}
        onBlur={blur}
        onKeyDown={onKeyDown}
        onFocus={() => props.help && setHelp({ title: props.label, text: `${props.help} ${t('diagnosis.richText.syntax')}` })}
        aria-describedby={[helpId, props.missing ? statusId : ''].filter(Boolean).join(' ')}
      />
      <span id={helpId} className="visually-hidden">
        {t('diagnosis.richText.syntax')}
      </span>
      <MissingMark as="div" id={statusId} className="field-status">
        {props.missing}
      </MissingMark>
      {preview ? (
        <section className="rich-preview" aria-label={t('diagnosis.richText.previewOf', { label: props.label })}>
          <RichTextView value={markupToRichText(draft)} emptyText={t('diagnosis.richText.empty')} />
        </section>
      ) : null}
    </div>
  );
}

function Runs({ runs }: { runs: Inline[] }) {
  return (
    <>
      {runs.map((r, i) => {
        let node: React.ReactNode = r.text;
        if (r.italic) node = <em>{node}</em>;
        if (r.bold) node = <strong>{node}</strong>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

/** Renders stored blocks as HTML elements built by React (text is never parsed as HTML). */
export function RichTextView({ value, emptyText }: { value: RichText; emptyText?: string }) {
  if (value.length === 0) return <p className="empty">{emptyText}</p>;
  return (
    <>
      {value.map((b, i) =>
        b.type === 'paragraph' ? (
          <p key={i} className="rich-paragraph">
            <Runs runs={b.children} />
          </p>
        ) : b.type === 'bullet' ? (
          <ul key={i}>
            {b.items.map((item, j) => (
              <li key={j}>
                <Runs runs={item} />
              </li>
            ))}
          </ul>
        ) : (
          <ol key={i}>
            {b.items.map((item, j) => (
              <li key={j}>
                <Runs runs={item} />
              </li>
            ))}
          </ol>
        ),
      )}
    </>
  );
}

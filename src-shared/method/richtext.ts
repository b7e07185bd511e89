import type { Block, Inline, RichText } from '../model';

/**
 * Rich text lives in the model as blocks (paragraph, bullet or numbered list) of runs with bold and
 * italic, never HTML. The editor shows it as light markup the officer can type without a mouse:
 * **gras**, *italique*, lines starting with "- " (bullets) or "1. " (numbered). These helpers convert
 * both ways and normalise, so what is stored is always small, clean and the same for the same text.
 */

// Control characters other than tab and newline have no business in a programme's text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function sanitiseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** Merges neighbouring runs with the same marks, drops empty runs and false marks. */
export function normaliseRuns(runs: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    const text = sanitiseText(run.text);
    if (text === '') continue;
    const next: Inline = { text, ...(run.bold ? { bold: true } : {}), ...(run.italic ? { italic: true } : {}) };
    const last = out[out.length - 1];
    if (last && !!last.bold === !!next.bold && !!last.italic === !!next.italic) last.text += next.text;
    else out.push(next);
  }
  return out;
}

const runsText = (runs: readonly Inline[]) => runs.map((r) => r.text).join('');

/** Drops empty paragraphs, items and lists; merges runs. Idempotent. */
export function normaliseRichText(blocks: readonly Block[]): RichText {
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      const children = normaliseRuns(block.children);
      if (runsText(children).trim() !== '') out.push({ type: 'paragraph', children });
    } else {
      const items = block.items.map(normaliseRuns).filter((item) => runsText(item).trim() !== '');
      if (items.length > 0) out.push({ type: block.type, items });
    }
  }
  return out;
}

export function isRichTextEmpty(blocks: readonly Block[]): boolean {
  return normaliseRichText(blocks).length === 0;
}

/** Plain text of rich text (lists as lines), e.g. for documents' summaries and search. */
export function richTextToPlain(blocks: readonly Block[]): string {
  return blocks
    .map((b) =>
      b.type === 'paragraph'
        ? runsText(b.children)
        : b.items.map((item, i) => `${b.type === 'bullet' ? '–' : `${i + 1}.`} ${runsText(item)}`).join('\n'),
    )
    .join('\n\n');
}

// ---- markup -> blocks ----

/** Parses **bold**, *italic*, \* (a literal asterisk) and \\ (a literal backslash) in one line of text. */
export function parseInline(text: string): Inline[] {
  const runs: Inline[] = [];
  let bold = false;
  let italic = false;
  let buffer = '';
  const flush = () => {
    if (buffer) runs.push({ text: buffer, ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}) });
    buffer = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && (text[i + 1] === '*' || text[i + 1] === '\\')) {
      buffer += text[i + 1];
      i++;
    } else if (ch === '*' && text[i + 1] === '*') {
      flush();
      bold = !bold;
      i++;
    } else if (ch === '*') {
      flush();
      italic = !italic;
    } else buffer += ch;
  }
  flush();
  return normaliseRuns(runs);
}

const BULLET = /^\s*[-•–]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;

export function markupToRichText(markup: string): RichText {
  const lines = sanitiseText(markup).split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join('\n')) });
    paragraph = [];
  };
  for (const line of lines) {
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      endParagraph();
      const type = bullet ? 'bullet' : 'numbered';
      const item = parseInline((bullet ?? numbered)![1]!);
      const last = blocks[blocks.length - 1];
      if (last && last.type === type) last.items.push(item);
      else blocks.push({ type, items: [item] });
    } else if (line.trim() === '') {
      endParagraph();
      // A blank line also ends a list, so two lists can follow each other.
      blocks.push({ type: 'paragraph', children: [] });
    } else {
      paragraph.push(line);
    }
  }
  endParagraph();
  return normaliseRichText(blocks);
}

// ---- blocks -> markup ----

const escape = (text: string) => text.replace(/[\\*]/g, '\\$&');

/**
 * Emits a mark only where bold or italic changes, so neighbouring runs never produce ambiguous
 * sequences like "*" + "*" (toggles of different marks commute, the parser reads them either way).
 */
export function runsToMarkup(runs: readonly Inline[]): string {
  let bold = false;
  let italic = false;
  let out = '';
  for (const r of normaliseRuns(runs)) {
    if (!!r.bold !== bold) out += '**';
    if (!!r.italic !== italic) out += '*';
    bold = !!r.bold;
    italic = !!r.italic;
    out += escape(r.text);
  }
  return out + (italic ? '*' : '') + (bold ? '**' : '');
}

export function richTextToMarkup(blocks: readonly Block[]): string {
  return normaliseRichText(blocks)
    .map((b) =>
      b.type === 'paragraph'
        ? runsToMarkup(b.children)
        : b.items.map((item, i) => `${b.type === 'bullet' ? '-' : `${i + 1}.`} ${runsToMarkup(item)}`).join('\n'),
    )
    .join('\n\n');
}

/** Plain text typed or pasted by people becomes paragraphs (a blank line separates them). */
export function plainToRichText(text: string): RichText {
  return normaliseRichText(
    sanitiseText(text)
      .split(/\n\s*\n/)
      .map((p) => ({ type: 'paragraph' as const, children: [{ text: p.trim() }] })),
  );
}

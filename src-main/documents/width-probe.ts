import { Document, Paragraph, TextRun } from 'docx';
import { layoutDocument } from 'docx/layout';

/** A face of a font, as docx's layout measures it. */
export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';
export const FACES: Record<Face, { bold: boolean; italic: boolean }> = {
  regular: { bold: false, italic: false },
  bold: { bold: true, italic: false },
  italic: { bold: false, italic: true },
  boldItalic: { bold: true, italic: true },
};

/**
 * What docx's layout measures a character as, in thousandths of an em: its width in the layout's tables, or AVERAGE
 * where it measures it as an average lowercase letter (a character the tables lack, such as U+202F).
 */
export const AVERAGE = 'average';
export type ProbedWidth = number | typeof AVERAGE;

const PROBE_SIZE = 10; // points
const POINTS_PER_PIXEL = 72 / 96;

/**
 * Asks docx's own layout (its public `layoutDocument`) how wide each character is in a face of a font, by laying out one
 * line "a<character>a" per character. Characters left out: those it measures with another width than a whole number of
 * thousandths or the average (the symbols it draws from other tables), and those that make the line taller (drawn in
 * another font). What is given is what the layout's default measure uses, so a measure built on it lays out the same.
 */
export function probeWidths(font: string, face: Face, characters: string[]): Map<string, ProbedWidth> {
  const { bold, italic } = FACES[face];
  const lines = ['aaa', ...characters.map((c) => `a${c}a`)];
  const document = new Document({
    styles: {
      default: {
        document: { run: { font, size: PROBE_SIZE * 2 }, paragraph: { spacing: { before: 0, after: 0, line: 240 } } },
      },
    },
    sections: [
      { children: lines.map((text) => new Paragraph({ children: [new TextRun({ text, bold, italics: italic })] })) },
    ],
  });
  const measured = new Map<number, { width: number; height: number; lines: number }>();
  for (const page of layoutDocument(document, { guess: true }).pages)
    for (const block of page.body) {
      if (block.type !== 'paragraph') continue;
      for (const line of block.lines) {
        const known = measured.get(block.index) ?? { width: 0, height: 0, lines: 0 };
        measured.set(block.index, { width: known.width + line.textWidth, height: line.height, lines: known.lines + 1 });
      }
    }
  const base = measured.get(0)!;
  const thousandths = (pixels: number) => Math.round(((pixels * POINTS_PER_PIXEL * 1000) / PROBE_SIZE) * 1000) / 1000;
  const letterA = thousandths(base.width) / 3;
  const average = averageLetter(font, face);
  const out = new Map<string, ProbedWidth>();
  characters.forEach((character, i) => {
    const line = measured.get(i + 1);
    if (!line || line.lines !== 1 || Math.abs(line.height - base.height) > 1e-9) return;
    const width = Math.round((thousandths(line.width) - 2 * letterA) * 1000) / 1000;
    if (Number.isInteger(width)) out.set(character, width);
    else if (average !== undefined && Math.abs(width - average) < 1e-3) out.set(character, AVERAGE);
  });
  return out;
}

/** The layout's average letter (a to z) in a face, from the same probe, for the characters it measures so. */
function averageLetter(font: string, face: Face): number | undefined {
  const letters = [...'abcdefghijklmnopqrstuvwxyz'];
  const widths = probeLetters(font, face, letters);
  return widths === undefined ? undefined : widths.reduce((total, w) => total + w, 0) / letters.length;
}

function probeLetters(font: string, face: Face, letters: string[]): number[] | undefined {
  const { bold, italic } = FACES[face];
  const document = new Document({
    styles: { default: { document: { run: { font, size: PROBE_SIZE * 2 } } } },
    sections: [
      {
        children: letters.map((l) => new Paragraph({ children: [new TextRun({ text: l.repeat(3), bold, italics: italic })] })),
      },
    ],
  });
  const widths: number[] = [];
  for (const page of layoutDocument(document, { guess: true }).pages)
    for (const block of page.body)
      if (block.type === 'paragraph' && block.lines.length === 1)
        widths[block.index] = Math.round(((block.lines[0]!.textWidth * POINTS_PER_PIXEL * 1000) / PROBE_SIZE / 3) * 1000) / 1000;
  return widths.length === letters.length && widths.every(Number.isInteger) ? widths : undefined;
}

import { Resvg } from '@resvg/resvg-js';

/**
 * The report's charts as PNG images, drawn without a browser: an SVG written here, rasterised by resvg (a small
 * Rust renderer, prebuilt for each platform, no system library needed). An image reads the same in Word, in
 * LibreOffice and in print, where a DrawingML chart depends on each program's chart engine.
 */

export interface BarPair {
  label: string;
  /** The light bar (planned, or the target: 100 %). */
  reference: number;
  /** The dark bar (executed, or the value reached). */
  value: number;
  /** Text printed after the bars. */
  caption: string;
}

const FONT = 'Arial, Liberation Sans, DejaVu Sans, Helvetica, sans-serif';
const W = 760;
const ROW = 40;
const BAR = 13;
const LABEL = 270;
const CAPTION = 150;
const LIGHT = '#9fb8d8';
const DARK = '#1f4e8c';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!).replace(/[\u00a0\u202f]/g, ' ');

/** Cuts a label to what fits beside the bars (about 36 characters at this size). */
const fit = (text: string, max = 38) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Horizontal bar pairs, one row per item, with a legend; `max` fixes the scale (e.g. 1 for 100 %). */
export function barPairsSvg(rows: readonly BarPair[], legend: { reference: string; value: string }, max?: number): { svg: string; width: number; height: number } {
  const top = Math.max(max ?? 0, ...rows.flatMap((r) => [r.reference, r.value]), 1e-9);
  const span = W - LABEL - CAPTION - 20;
  const width = (v: number) => Math.max(0, Math.min(1, v / top)) * span;
  const height = rows.length * ROW + 44;
  const parts = [`<rect width="${W}" height="${height}" fill="#ffffff"/>`];
  rows.forEach((r, i) => {
    const y = 10 + i * ROW;
    parts.push(
      `<text x="${LABEL - 10}" y="${y + BAR + 4}" text-anchor="end" font-size="13">${escape(fit(r.label))}</text>`,
      `<rect x="${LABEL}" y="${y}" width="${width(r.reference).toFixed(1)}" height="${BAR}" fill="${LIGHT}"/>`,
      `<rect x="${LABEL}" y="${y + BAR}" width="${width(r.value).toFixed(1)}" height="${BAR}" fill="${DARK}"/>`,
      `<text x="${LABEL + span + 10}" y="${y + BAR + 4}" font-size="12">${escape(r.caption)}</text>`,
    );
  });
  parts.push(`<line x1="${LABEL}" y1="4" x2="${LABEL}" y2="${height - 34}" stroke="#555555" stroke-width="1"/>`);
  const ly = height - 22;
  parts.push(
    `<rect x="${LABEL}" y="${ly}" width="14" height="11" fill="${LIGHT}"/>`,
    `<text x="${LABEL + 20}" y="${ly + 10}" font-size="12">${escape(legend.reference)}</text>`,
    `<rect x="${LABEL + 160}" y="${ly}" width="14" height="11" fill="${DARK}"/>`,
    `<text x="${LABEL + 180}" y="${ly + 10}" font-size="12">${escape(legend.value)}</text>`,
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" font-family="${FONT}" fill="#1a1a1a">${parts.join('')}</svg>`;
  return { svg, width: W, height };
}

/** The SVG as a PNG at twice its size (sharp in print); fonts are the system's (Arial, Liberation Sans or DejaVu Sans). */
export function rasterise(svg: string): Uint8Array {
  const png = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
  return new Uint8Array(png);
}

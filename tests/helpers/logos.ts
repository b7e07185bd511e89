import { Resvg } from '@resvg/resvg-js';

/** An authority's logo of this many pixels (a PNG, base64), as the settings screen stores one. */
export function logoOf(width: number, height: number): { mimeType: 'image/png'; base64: string } {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#1F3864"/></svg>`;
  return { mimeType: 'image/png', base64: Buffer.from(new Resvg(svg).render().asPng()).toString('base64') };
}

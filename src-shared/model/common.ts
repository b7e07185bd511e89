import { z } from 'zod';
import { v7 as uuidv7 } from 'uuid';

/** Every entity id is a UUID v7 (time-ordered, so rows sort by creation). */
export const Id = z.uuid();
export type Id = z.infer<typeof Id>;
export const newId = (): string => uuidv7();

/** The years a date of a programme may fall in: year 0000 or 9999 is a typing slip, and Word dates choke on it. */
export const DATE_YEARS = { min: 1900, max: 2199 } as const;

/** Calendar dates travel as ISO strings (YYYY-MM-DD): no time zone surprises across countries. */
export const IsoDate = z.iso.date().refine(
  (date) => {
    const year = Number(date.slice(0, 4));
    return year >= DATE_YEARS.min && year <= DATE_YEARS.max;
  },
  { message: `The year must be between ${DATE_YEARS.min} and ${DATE_YEARS.max}.` },
);
export const OptionalDate = IsoDate.nullable().default(null);

export const Text = z.string().max(100_000).default('');
export const ShortText = z.string().max(2_000).default('');
export const Score = z.number().int().min(1).max(5);
export const Money = z.number().finite().min(0).max(1e12);
export const OptionalNumber = z.number().finite().nullable().default(null);
export const OptionalCount = z.number().int().min(0).nullable().default(null);

/**
 * Rich text is stored as structured blocks, never HTML: it cannot carry scripts,
 * renders the same in the app and in Word, and merges paragraph by paragraph.
 */
export const Inline = z.object({
  text: z.string().max(100_000),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});
export type Inline = z.infer<typeof Inline>;
export const Block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), children: z.array(Inline).max(2_000) }),
  z.object({ type: z.enum(['bullet', 'numbered']), items: z.array(z.array(Inline).max(2_000)).max(2_000) }),
]);
export type Block = z.infer<typeof Block>;
export const RichText = z.array(Block).max(5_000).default([]);
export type RichText = z.infer<typeof RichText>;

export const Side = z.enum(['france', 'partner']);
export type Side = z.infer<typeof Side>;

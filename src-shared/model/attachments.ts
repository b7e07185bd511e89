import { z } from 'zod';
import { Id, ShortText } from './common';

/** Metadata only; the bytes live in the store (by sha256) and travel in archives under attachments/. */
export const Attachment = z.object({
  id: Id,
  name: z.string().min(1).max(255),
  mimeType: z.string().max(255).default('application/octet-stream'),
  size: z.number().int().min(0).max(100 * 1024 * 1024),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** What it is attached to: the programme itself or a diagnosis section of a territory. */
  ownerKind: z.enum(['programme', 'territory']).default('programme'),
  ownerId: Id.nullable().default(null),
  section: ShortText,
  addedAt: z.iso.datetime(),
});
export type Attachment = z.infer<typeof Attachment>;

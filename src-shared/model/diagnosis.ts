import { z } from 'zod';
import { Id, OptionalDate, RichText, Score, ShortText, Side, Text } from './common';

export const DIAGNOSIS_SECTIONS = ['population', 'poverty', 'services', 'institutions', 'resources'] as const;
export const DiagnosisSectionKey = z.enum(DIAGNOSIS_SECTIONS);
export type DiagnosisSectionKey = z.infer<typeof DiagnosisSectionKey>;

/** One per side: the Département's territory ("here") and the partner's ("there"). */
export const Territory = z.object({
  id: Id,
  side: Side,
  name: ShortText,
  // Strict: a section name the app does not know is refused, never silently dropped (which would erase the others).
  sections: z
    .strictObject({
      population: RichText,
      poverty: RichText,
      services: RichText,
      institutions: RichText,
      resources: RichText,
    })
    .default({ population: [], poverty: [], services: [], institutions: [], resources: [] }),
});
export type Territory = z.infer<typeof Territory>;

export const STAKEHOLDER_TYPES = [
  'local_authority',
  'state_service',
  'social_service',
  'association',
  'ngo',
  'university',
  'private',
  'community',
  'international',
  'other',
] as const;
export const StakeholderType = z.enum(STAKEHOLDER_TYPES);

export const Stakeholder = z.object({
  id: Id,
  name: ShortText,
  type: StakeholderType.default('other'),
  territoryId: Id.nullable().default(null),
  role: Text,
  interest: Score.default(3),
  influence: Score.default(3),
  contactPerson: ShortText,
  email: z.string().max(320).default(''),
  phone: z.string().max(60).default(''),
});
export type Stakeholder = z.infer<typeof Stakeholder>;

export const PARTICIPANT_CATEGORIES = [
  'elected_officials',
  'authority_staff',
  'social_workers',
  'associations',
  'people_concerned',
  'experts',
  'other',
] as const;
export const Workshop = z.object({
  id: Id,
  title: ShortText,
  date: OptionalDate,
  place: ShortText,
  territoryId: Id.nullable().default(null),
  participants: z
    .array(z.object({ category: z.enum(PARTICIPANT_CATEGORIES), count: z.number().int().min(0).max(1_000_000) }))
    .max(PARTICIPANT_CATEGORIES.length)
    .default([]),
  conclusions: Text,
});
export type Workshop = z.infer<typeof Workshop>;

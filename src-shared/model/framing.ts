import { z } from 'zod';
import { Id, OptionalCount, OptionalDate, ShortText, Text } from './common';

export const THEMES = [
  'access_to_rights',
  'socio_professional_integration',
  'child_protection',
  'autonomy_elderly_disabled',
  'health',
  'youth',
  'gender_equality',
  'social_solidarity_economy',
  'housing',
  'education_training',
  'food_security',
  'other',
] as const;
export const Theme = z.enum(THEMES);
export type Theme = z.infer<typeof Theme>;

export const PARTNER_LEVELS = ['commune', 'intercommunality', 'department', 'province', 'region', 'other'] as const;
export const PartnerLevel = z.enum(PARTNER_LEVELS);

export const Framing = z.object({
  title: ShortText,
  acronym: z.string().max(40).default(''),
  summary: Text,
  /** ISO 3166-1 alpha-2, e.g. "SN". */
  partnerCountry: z.string().regex(/^([A-Z]{2})?$/).default(''),
  partnerAuthority: ShortText,
  partnerLevel: PartnerLevel.nullable().default(null),
  /** Language of the partner's text in the convention (BCP 47 primary tag); "fr" = single-language documents. */
  partnerLanguage: z.string().regex(/^[a-z]{2,3}$/).default('fr'),
  themes: z.array(Theme).max(THEMES.length).default([]),
  startDate: OptionalDate,
  endDate: OptionalDate,
  partnershipSince: z.number().int().min(1900).max(2200).nullable().default(null),
  history: Text,
  earlierConventions: Text,
  sharedChallenge: Text,
  reciprocityEffects: Text,
});
export type Framing = z.infer<typeof Framing>;

export const TargetGroup = z.object({
  id: Id,
  label: ShortText,
  direct: OptionalCount,
  indirect: OptionalCount,
  women: OptionalCount,
  men: OptionalCount,
});
export type TargetGroup = z.infer<typeof TargetGroup>;

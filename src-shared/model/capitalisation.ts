import { z } from 'zod';
import { Text } from './common';

/** The officer's own writing for the fiche de capitalisation; facts the programme already knows are not copied here. */
export const Capitalisation = z.object({
  title: Text,
  context: Text,
  problem: Text,
  approach: Text,
  results: Text,
  difficulties: Text,
  successFactors: Text,
  lessons: Text,
  transferability: Text,
  reciprocity: Text,
  resources: Text,
  contacts: Text,
});
export type Capitalisation = z.infer<typeof Capitalisation>;

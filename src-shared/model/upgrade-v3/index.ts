import type { SnapshotUpgrade } from '../upgrades';
import { leadAuthor } from './lead-author';
import { declarationsStep } from './declarations';
import { upgradeExecution } from './execution';

/**
 * Schema 2 → 3, made of one frozen step per change of the model in this round, each in its own file of this folder
 * (literal values, nothing from the live schemas). They run in this order on an archive's programme.json, a frozen
 * version's snapshot and anything else written by schema 2. The database's rows are upgraded by the store migrations
 * that come after 0050 (src-main/store/migrations).
 */
export const V2_TO_V3_STEPS: readonly SnapshotUpgrade[] = [
  leadAuthor,
  declarationsStep,
  upgradeExecution,
];

export const upgradeV2ToV3: SnapshotUpgrade = (older) => V2_TO_V3_STEPS.reduce((data, step) => step(data), older);

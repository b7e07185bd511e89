import type { ReadinessRule } from '../readiness';
import { activityCostsMatchBudget } from './activity-costs';
import { activityDates } from './timeline';
import { budgetBalance, budgetFunders, budgetLines, budgetRuleSet } from './budget';
import { executionFollowUp } from './execution';
import { coreProblem, stakeholdersListed, territoriesDescribed } from './diagnosis';
import { framingPartner, framingPeriod, framingReciprocity, framingTargetGroups, framingThemes, framingTitle } from './framing';
import { indicatorFields, indicatorTargets, rowsWithoutIndicator } from './indicators';
import { logframeAssumptions, logframeChildren, logframeGoal, logframeMeans, logframeTexts } from './logframe';
import { clausesWritten, governanceDescribed, partiesPresent, signatoriesNamed } from './partnership';
import { risksListed } from './risks';
import { sessionComplete, sessionCredits } from './session';
import { settingsComplete } from './settings';

/** All rules, in the order of the steps (the readiness page lists items in this order). */
export const ALL_READINESS_RULES: Record<string, ReadinessRule> = {
  framingTitle,
  framingPartner,
  framingPeriod,
  framingThemes,
  framingReciprocity,
  framingTargetGroups,
  territoriesDescribed,
  stakeholdersListed,
  coreProblem,
  partiesPresent,
  signatoriesNamed,
  governanceDescribed,
  clausesWritten,
  logframeGoal,
  logframeTexts,
  logframeChildren,
  logframeAssumptions,
  logframeMeans,
  rowsWithoutIndicator,
  indicatorFields,
  indicatorTargets,
  budgetBalance,
  budgetLines,
  budgetFunders,
  budgetRuleSet,
  activityCostsMatchBudget,
  activityDates,
  risksListed,
  settingsComplete,
  sessionComplete,
  sessionCredits,
  executionFollowUp,
};

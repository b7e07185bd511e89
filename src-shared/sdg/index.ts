export { SDG_GOALS, type SdgGoal } from './goals';
export { SDG_TARGETS, type SdgTarget } from './targets';
export {
  findSdgGoal,
  findSdgTarget,
  foldSdgText,
  isSdgTargetCode,
  normalizeSdgTargetCode,
  sdgGoalOf,
  searchSdgTargets,
} from './search';

import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { StepKey } from '../../src-shared/method/steps';

/** One screen per step of the cycle, loaded when first opened; plus programme-level pages. */
export const STEP_SCREENS: Record<StepKey, LazyExoticComponent<ComponentType>> = {
  framing: lazy(() => import('./framing')),
  diagnosis: lazy(() => import('./diagnosis')),
  partnership: lazy(() => import('./partnership')),
  logframe: lazy(() => import('./logframe')),
  indicators: lazy(() => import('./indicators')),
  budget: lazy(() => import('./budget')),
  timeline: lazy(() => import('./timeline')),
  risks: lazy(() => import('./risks')),
  documents: lazy(() => import('./documents')),
  execution: lazy(() => import('./execution')),
  capitalisation: lazy(() => import('./capitalisation')),
};

export const PROGRAMME_PAGES: Record<string, LazyExoticComponent<ComponentType>> = {
  readiness: lazy(() => import('../readiness/ReadinessPage')),
  history: lazy(() => import('../history/HistoryPage')),
};

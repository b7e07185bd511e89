import type { DepartementSettings } from '../model';
import { demoSettings } from './index';

/**
 * The example authority's permanent particulars (a fictional Département), which `atelier demo` writes into a data
 * folder that has no settings yet, so the demo programme reaches the final package.
 */
export function demoAuthoritySettings(): Partial<DepartementSettings> {
  return demoSettings();
}

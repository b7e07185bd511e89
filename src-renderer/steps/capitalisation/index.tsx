import { NotBuilt } from '../../shell/NotBuilt';

/** The capitalisation step (screen to come). */
export default function CapitalisationStep() {
  return <NotBuilt />;
}

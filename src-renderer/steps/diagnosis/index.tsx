import { NotBuilt } from '../../shell/NotBuilt';

/** The diagnosis step (screen to come). */
export default function DiagnosisStep() {
  return <NotBuilt />;
}

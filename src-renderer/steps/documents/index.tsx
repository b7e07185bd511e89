import { NotBuilt } from '../../shell/NotBuilt';

/** The documents step (screen to come). */
export default function DocumentsStep() {
  return <NotBuilt />;
}

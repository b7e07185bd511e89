import { NotBuilt } from '../../shell/NotBuilt';

/** The risks step (screen to come). */
export default function RisksStep() {
  return <NotBuilt />;
}

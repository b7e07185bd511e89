import { NotBuilt } from '../../shell/NotBuilt';

/** The logframe step (screen to come). */
export default function LogframeStep() {
  return <NotBuilt />;
}

import { NotBuilt } from '../../shell/NotBuilt';

/** The timeline step (screen to come). */
export default function TimelineStep() {
  return <NotBuilt />;
}

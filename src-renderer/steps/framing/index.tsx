import { NotBuilt } from '../../shell/NotBuilt';

/** The framing step (screen to come). */
export default function FramingStep() {
  return <NotBuilt />;
}

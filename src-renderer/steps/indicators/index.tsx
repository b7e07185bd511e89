import { NotBuilt } from '../../shell/NotBuilt';

/** The indicators step (screen to come). */
export default function IndicatorsStep() {
  return <NotBuilt />;
}

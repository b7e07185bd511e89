import { NotBuilt } from '../../shell/NotBuilt';

/** The partnership step (screen to come). */
export default function PartnershipStep() {
  return <NotBuilt />;
}

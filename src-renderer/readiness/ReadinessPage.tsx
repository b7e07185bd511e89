import { NotBuilt } from '../shell/NotBuilt';

/** "Prêt pour la délibération": everything missing across all steps. */
export default function ReadinessPage() {
  return <NotBuilt />;
}

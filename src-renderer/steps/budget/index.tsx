import { NotBuilt } from '../../shell/NotBuilt';

/** The budget step (screen to come). */
export default function BudgetStep() {
  return <NotBuilt />;
}

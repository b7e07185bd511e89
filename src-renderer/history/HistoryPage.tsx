import { NotBuilt } from '../shell/NotBuilt';

export default function HistoryPage() {
  return <NotBuilt />;
}
